/** An admin saw a license's details (number, NPI, status, reviewer): audited like any read of private records. */
export const LICENSE_READ = 'license.read';
