// Names for demo therapists. Given names are ordinary ones; family names are
// invented compounds, so a generated "first last" pair names no real clinician.

export const GIVEN_NAMES = {
  WOMAN: [
    'Maya', 'Elena', 'Priya', 'Grace', 'Naomi', 'Sofia', 'Leah', 'Amara', 'Julia', 'Nadia',
    'Hannah', 'Carmen', 'Aisha', 'Rosa', 'Claire', 'Ines', 'Tamar', 'Olivia', 'Beatriz', 'Farah',
    'Keisha', 'Imani', 'Lucia', 'Daniela', 'Anika', 'Ingrid', 'Rachel', 'Miriam', 'Zoe', 'Celeste',
    'Renee', 'Simone', 'Esther', 'Lena', 'Vanessa', 'Chloe', 'Tessa', 'Ava', 'Natalia', 'Harriet',
    'Joanna', 'Meredith', 'Adaeze', 'Yvette', 'Colette', 'Dana', 'Ruth', 'Eleanor', 'Bianca', 'Nora',
  ],
  MAN: [
    'Daniel', 'Marcus', 'Omar', 'Julian', 'Mateo', 'Samuel', 'David', 'Andre', 'Elias', 'Gabriel',
    'Thomas', 'Isaac', 'Malik', 'Nathan', 'Owen', 'Felix', 'Theo', 'Caleb', 'Adrian', 'Victor',
    'Benjamin', 'Arjun', 'Kofi', 'Chidi', 'Wesley', 'Graham', 'Henry', 'Simon', 'Jonah', 'Leon',
    'Patrick', 'Reuben', 'Curtis', 'Desmond', 'Hugo', 'Ezra', 'Miles', 'Dominic', 'Ravi', 'Peter',
  ],
  NON_BINARY: [
    'Alex', 'Jordan', 'River', 'Sage', 'Rowan', 'Quinn', 'Emery', 'Avery', 'Kai', 'Robin',
    'Sam', 'Ari', 'Jesse', 'Marlowe', 'Remy', 'Skyler', 'Finley', 'Ash', 'Drew', 'Morgan',
  ],
} as const;

/**
 * Given names often heard among speakers of a language, used for some
 * therapists who offer sessions in it: [woman, man, non-binary] lists.
 */
export const GIVEN_NAMES_BY_LANGUAGE: Readonly<Record<string, readonly [readonly string[], readonly string[], readonly string[]]>> = {
  es: [
    ['Marisol', 'Valeria', 'Ximena', 'Paloma', 'Alejandra', 'Lupe'],
    ['Diego', 'Luis', 'Rafael', 'Joaquín', 'Andrés', 'Tomás'],
    ['Ale', 'Cruz', 'Guadalupe'],
  ],
  zh: [['Mei', 'Lan', 'Xiu', 'Ying', 'Hui'], ['Wei', 'Jun', 'Hao', 'Ming', 'Tao'], ['Yu', 'Lin', 'An']],
  vi: [['Linh', 'Thu', 'Mai', 'Huong'], ['Minh', 'Tuan', 'Khoa', 'Bao'], ['Anh', 'Khanh']],
  ko: [['Ji-woo', 'Seo-yeon', 'Min-ji', 'Hana'], ['Jae-won', 'Min-ho', 'Sung-min', 'Dong-hyun'], ['Ha-neul', 'Yoon']],
  ru: [['Irina', 'Svetlana', 'Olga', 'Tatiana'], ['Dmitri', 'Sergei', 'Ivan', 'Alexei'], ['Sasha', 'Zhenya']],
  ar: [['Layla', 'Yasmin', 'Noor', 'Rania'], ['Yusuf', 'Karim', 'Tariq', 'Sami'], ['Nour', 'Salam']],
  fr: [['Camille', 'Margaux', 'Élodie', 'Amélie'], ['Pierre', 'Julien', 'Mathieu', 'Olivier'], ['Dominique', 'Claude']],
  ht: [['Widline', 'Nadège', 'Fabienne', 'Roseline'], ['Emmanuel', 'Jean-Claude', 'Wesner', 'Frantz'], ['Dominique', 'Ange']],
};

export const FAMILY_NAMES = [
  'Ambervale', 'Ashcombe', 'Ballantree', 'Bellhaven', 'Birchwood-Hale', 'Brackenfield', 'Brightmere', 'Calderwood',
  'Castellaro', 'Corvalis', 'Dalrenna', 'Delmarre-Moreau', 'Dunmarrow', 'Ellingsworth', 'Everholt', 'Fairhollow',
  'Fernhollow', 'Galveira', 'Glenmarsh', 'Greywillow', 'Halvorsen-Reed', 'Hollisford', 'Ivesdale', 'Kestrelmoor',
  'Larkmoor', 'Lindenhall', 'Lowenstrand', 'Marrowfield', 'Mirandel', 'Montoral', 'Nakamaru', 'Norrvale',
  'Oakhaven', 'Okonkara', 'Penbrook', 'Quillfeather', 'Ravensholm', 'Redmarsh', 'Ribeval', 'Rosethorne',
  'Saltmere', 'Selvarani', 'Solarena', 'Stillwater-Kane', 'Tamsworth', 'Thistlewood', 'Tovarek', 'Valdemora',
  'Vantongeren', 'Wexmoor', 'Whitlowe', 'Willowmere', 'Wrenfield', 'Yarrowby', 'Zelenova', 'Abernathy-Cole',
  'Adebayo-Vance', 'Arkwell', 'Baptistine', 'Chaudry-Lane', 'Duvessa', 'Esperanzo', 'Hanlonbrook', 'Jovanelli',
  'Kimura-Ashe', 'Laurentis', 'Mbeki-Hart', 'Nguyen-Ashby', 'Orlavaine', 'Parkhurst-Lee', 'Rasmunder', 'Tranquera',
] as const;

export const PRONOUNS = {
  WOMAN: [
    ['she/her', 10],
    ['she/they', 1],
  ],
  MAN: [
    ['he/him', 10],
    ['he/they', 1],
  ],
  NON_BINARY: [
    ['they/them', 8],
    ['she/they', 1],
    ['he/they', 1],
  ],
} as const;
