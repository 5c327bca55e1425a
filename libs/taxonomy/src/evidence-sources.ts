// The guidelines and reviews behind the evidence links, named so a clinician
// can look each one up. A link cites the source whose wording it rests on:
// STRONG only where that source gives a strong ("recommend", "offer", "strong
// research support", "well-established") recommendation for the therapy.

export const EVIDENCE_SOURCES = {
  APA_PTSD_2017: 'APA Clinical Practice Guideline for the Treatment of PTSD (2017)',
  VA_DOD_PTSD_2023: 'VA/DoD Clinical Practice Guideline for the Management of PTSD and Acute Stress Disorder (2023)',
  NICE_NG116_PTSD: 'NICE NG116 Post-traumatic stress disorder (2018)',
  NICE_CG113_ANXIETY: 'NICE CG113 Generalised anxiety disorder and panic disorder in adults (2011)',
  NICE_CG159_SOCIAL_ANXIETY: 'NICE CG159 Social anxiety disorder: recognition, assessment and treatment (2013)',
  NICE_CG31_OCD: 'NICE CG31 Obsessive-compulsive disorder and body dysmorphic disorder (2005)',
  DIV12_ACT_MIXED_ANXIETY:
    'APA Division 12 research-supported psychological treatments: ACT for mixed anxiety disorders (modest research support)',
  DIV12_SPECIFIC_PHOBIAS:
    'APA Division 12 research-supported psychological treatments: exposure therapies for specific phobias (strong research support)',
  APA_DEPRESSION_2019: 'APA Clinical Practice Guideline for the Treatment of Depression Across Three Age Cohorts (2019)',
  NICE_NG222_DEPRESSION: 'NICE NG222 Depression in adults: treatment and management (2022)',
  APA_BPD_2024:
    'American Psychiatric Association Practice Guideline for the Treatment of Patients With Borderline Personality Disorder, 2nd edition (2024)',
  NICE_NG225_SELF_HARM: 'NICE NG225 Self-harm: assessment, management and preventing recurrence (2022)',
  AASM_INSOMNIA_2021:
    'AASM clinical practice guideline: behavioral and psychological treatments for chronic insomnia disorder in adults (2021)',
  APA_EATING_DISORDERS_2023:
    'American Psychiatric Association Practice Guideline for the Treatment of Patients With Eating Disorders, 4th edition (2023)',
  NICE_CG115_ALCOHOL: 'NICE CG115 Alcohol-use disorders: diagnosis, assessment and management (2011)',
  VA_DOD_SUD_2021: 'VA/DoD Clinical Practice Guideline for the Management of Substance Use Disorders (2021)',
  COUPLE_THERAPY_REVIEW_2020:
    'Bradbury & Bodenmann, Interventions for Couples, Annual Review of Clinical Psychology (2020): meta-analytic review',
  DISRUPTIVE_BEHAVIOR_UPDATE_2017:
    'Kaminski & Claussen, Evidence base update for psychosocial treatments for disruptive behaviors in children, JCCAP (2017)',
  USPSTF_PERINATAL_2019: 'USPSTF Perinatal depression: preventive interventions (2019)',
  NICE_NG193_CHRONIC_PAIN: 'NICE NG193 Chronic pain (primary and secondary) in over 16s (2021)',
  NICE_NG87_ADHD: 'NICE NG87 Attention deficit hyperactivity disorder: diagnosis and management (2018)',
} as const;
