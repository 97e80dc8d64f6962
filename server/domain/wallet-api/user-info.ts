/**
 * Test users: region-fitting fake profiles, and the projection that inquiryUserInfo applies —
 * only the fields the granted scopes unlock (field paths such as `userName`,
 * `officeAddress.province` or `loginIdInfos[].maskLoginId`).
 */
import { createHash } from "node:crypto";

export type Profile = Record<string, unknown>;

type Region = {
  firstNames: string[];
  lastNames: string[];
  nationality: string;
  phone: (n: number) => string;
  emailDomain: string;
  city: string;
  province: string;
  postalCode: (n: number) => string;
};

const REGIONS: Record<string, Region> = {
  ID: {
    firstNames: ["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri"],
    lastNames: ["Santoso", "Wijaya", "Pratama", "Lestari", "Hidayat", "Saputra"],
    nationality: "ID",
    phone: (n) => `62-8${String(1200000000 + n * 7919).slice(0, 10)}`,
    emailDomain: "example.co.id",
    city: "Jakarta Selatan",
    province: "DKI Jakarta",
    postalCode: (n) => String(12100 + n * 10),
  },
  MY: {
    firstNames: ["Aisyah", "Wei Ming", "Arjun", "Nurul", "Hafiz", "Mei Ling"],
    lastNames: ["binti Ahmad", "Tan", "Kumar", "Abdullah", "Lim", "Wong"],
    nationality: "MY",
    phone: (n) => `60-1${String(23000000 + n * 7919).slice(0, 8)}`,
    emailDomain: "example.com.my",
    city: "Kuala Lumpur",
    province: "Wilayah Persekutuan",
    postalCode: (n) => String(50000 + n * 50),
  },
  PH: {
    firstNames: ["Juan", "Maria", "Jose", "Andrea", "Mark", "Kristine"],
    lastNames: ["dela Cruz", "Santos", "Reyes", "Garcia", "Mendoza", "Bautista"],
    nationality: "PH",
    phone: (n) => `63-9${String(170000000 + n * 7919).slice(0, 9)}`,
    emailDomain: "example.com.ph",
    city: "Quezon City",
    province: "Metro Manila",
    postalCode: (n) => String(1100 + n),
  },
  HK: {
    firstNames: ["Ka Ming", "Wing Yan", "Chi Hung", "Hoi Ting", "Siu Fai", "Mei Kuen"],
    lastNames: ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ho"],
    nationality: "HK",
    phone: (n) => `852-${String(51000000 + n * 7919).slice(0, 8)}`,
    emailDomain: "example.com.hk",
    city: "Kowloon",
    province: "Hong Kong",
    postalCode: () => "000000",
  },
  CN: {
    firstNames: ["伟", "芳", "娜", "敏", "静", "强"],
    lastNames: ["王", "李", "张", "刘", "陈", "杨"],
    nationality: "CN",
    phone: (n) => `86-13${String(800000000 + n * 7919).slice(0, 9)}`,
    emailDomain: "example.cn",
    city: "杭州",
    province: "浙江",
    postalCode: (n) => String(310000 + n * 10),
  },
  IQ: {
    firstNames: ["Ali", "Zainab", "Hussein", "Fatima", "Omar", "Maryam"],
    lastNames: ["Al-Baghdadi", "Hassan", "Kareem", "Jaber", "Saleh", "Abbas"],
    nationality: "IQ",
    phone: (n) => `964-77${String(10000000 + n * 7919).slice(0, 8)}`,
    emailDomain: "example.iq",
    city: "Baghdad",
    province: "Baghdad",
    postalCode: (n) => String(10001 + n),
  },
  ZA: {
    firstNames: ["Thabo", "Naledi", "Sipho", "Lerato", "Pieter", "Zanele"],
    lastNames: ["Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Naidoo", "Khumalo"],
    nationality: "ZA",
    phone: (n) => `27-8${String(20000000 + n * 7919).slice(0, 8)}`,
    emailDomain: "example.co.za",
    city: "Johannesburg",
    province: "Gauteng",
    postalCode: (n) => String(2000 + n),
  },
};

const GLOBAL: Region = {
  firstNames: ["Jack", "Amelia", "Noah", "Sofia", "Liam", "Hana"],
  lastNames: ["Sparrow", "Tan", "Okafor", "Rossi", "Nguyen", "Kim"],
  nationality: "US",
  phone: (n) => `1-202555${String(1000 + n * 37).slice(0, 4)}`,
  emailDomain: "example.com",
  city: "Springfield",
  province: "Central",
  postalCode: (n) => String(10000 + n),
};

const ARABIC_NAMES: Record<string, string> = { Ali: "علي", Zainab: "زينب", Hussein: "حسين", Fatima: "فاطمة", Omar: "عمر", Maryam: "مريم" };

function mask(value: string): string {
  const digits = value.replace(/\D/g, "");
  return digits.length > 6 ? `${value.slice(0, value.length - digits.length + 3)}****${digits.slice(-3)}` : "****";
}

/** A stable, numeric, wallet-style user id (16 digits), derived from the catalog and index. */
export function testUserId(catalogSlug: string, index: number): string {
  const hash = createHash("sha256").update(`${catalogSlug}:${index}`).digest();
  return `1000${(hash.readUInt32BE(0) % 1e12).toString().padStart(12, "0")}`;
}

/** A region-fitting fake profile covering every field the built-in catalogs unlock. */
export function generateProfile(args: { catalogSlug: string; countryCode: string | null; index: number }): Profile {
  const region = (args.countryCode && REGIONS[args.countryCode]) || GLOBAL;
  const i = args.index;
  const firstName = region.firstNames[i % region.firstNames.length] ?? "Alex";
  const lastName = region.lastNames[(i * 5 + 1) % region.lastNames.length] ?? "Doe";
  const eastern = args.countryCode === "CN";
  const fullName = eastern ? `${lastName}${firstName}` : `${firstName} ${lastName}`;
  const userId = testUserId(args.catalogSlug, i);
  const phone = region.phone(i);
  const email = `${firstName.toLowerCase().replace(/[^a-z]/g, "") || "user"}${i + 1}@${region.emailDomain}`;
  const gender = i % 2 === 0 ? "MALE" : "FEMALE";
  const birthDate = `${1975 + ((i * 7) % 25)}-${String(1 + ((i * 5) % 12)).padStart(2, "0")}-${String(1 + ((i * 11) % 28)).padStart(2, "0")}`;
  const street = `${12 + i * 3} ${eastern ? "文一路" : "Jalan Merdeka"}`;
  const postalCode = region.postalCode(i);
  const address = { address: street, city: region.city, province: region.province, postalCode, country: region.nationality };
  const profile: Profile = {
    userId,
    status: "ACTIVE",
    nickName: firstName,
    userName: { fullName, firstName, lastName },
    avatar: `https://example.com/avatar/${userId}.png`,
    gender,
    birthDate,
    nationality: region.nationality,
    loginIdInfos: [
      {
        loginId: phone,
        loginIdType: "MOBILE_PHONE",
        hashLoginId: createHash("sha256").update(phone).digest("hex"),
        maskLoginId: mask(phone),
      },
    ],
    contactInfos: [
      { contactNo: phone, contactType: "MOBILE_PHONE" },
      { contactNo: email, contactType: "EMAIL" },
    ],
    address,
    email,
    extendInfo: "{}",
  };
  if (args.countryCode === "IQ") {
    const arabic = ARABIC_NAMES[firstName] ?? firstName;
    profile.userNameInArabic = { fullName: arabic, firstName: arabic, lastName: "" };
  }
  if (args.countryCode === "ID") {
    Object.assign(profile, {
      kycInfo: { kycStatus: "VERIFIED", idType: "KTP", idNumber: `3174${String(100000000000 + i * 7919).slice(0, 12)}` },
      biologicalMotherName: ["Sri Wahyuni", "Nur Aini", "Suharti"][i % 3],
      educationLevel: ["BACHELOR", "SENIOR_HIGH_SCHOOL", "MASTER"][i % 3],
      occupation: ["PRIVATE_EMPLOYEE", "ENTREPRENEUR", "CIVIL_SERVANT"][i % 3],
      monthlyIncome: ["5000000-10000000", "10000000-25000000", "1000000-5000000"][i % 3],
      incomeSource: ["SALARY", "BUSINESS", "SALARY"][i % 3],
      investmentPurpose: ["LONG_TERM_SAVINGS", "EDUCATION", "RETIREMENT"][i % 3],
      investingExperience: ["NONE", "LESS_THAN_1_YEAR", "1_TO_3_YEARS"][i % 3],
      employerBusinessCategory: ["TECHNOLOGY", "RETAIL", "FINANCE"][i % 3],
      jobStatus: ["PERMANENT", "CONTRACT", "SELF_EMPLOYED"][i % 3],
      workingExperience: ["3_TO_5_YEARS", "1_TO_3_YEARS", "MORE_THAN_5_YEARS"][i % 3],
      officeAddress: {
        officeName: ["PT Maju Bersama", "CV Sinar Terang", "PT Nusantara Digital"][i % 3],
        address: `Jl. Jend. Sudirman Kav. ${20 + i}`,
        province: "DKI Jakarta",
        regency: "Jakarta Selatan",
        district: "Setiabudi",
        village: "Karet Semanggi",
        postalCode: "12930",
      },
      bankAccount: {
        bankName: ["Bank Central Asia", "Bank Mandiri", "Bank Rakyat Indonesia"][i % 3],
        accountNumber: String(5270000000 + i * 7919),
        accountHolderName: fullName.toUpperCase(),
      },
    });
  }
  if (args.countryCode === "MY") {
    profile.ekycInfo = {
      verifiedName: fullName.toUpperCase(),
      idType: "NRIC",
      idNumber: `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}-14-${String(5000 + i * 13).slice(0, 4)}`,
      nationality: "MY",
      address: `${street}, ${region.city}`,
      dateOfBirth: birthDate,
      occupation: "Software Engineer",
      natureOfBusiness: "Information Technology",
    };
  }
  return profile;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parse `a.b[].c` into steps: `[{key:"a"},{key:"b",each:true},{key:"c"}]`. */
function steps(path: string): Array<{ key: string; each: boolean }> {
  return path.split(".").map((part) => (part.endsWith("[]") ? { key: part.slice(0, -2), each: true } : { key: part, each: false }));
}

/** Copy one field path from `source` into `target` (creating the containers on the way). */
function copyPath(source: unknown, target: Record<string, unknown>, path: Array<{ key: string; each: boolean }>): void {
  const [first, ...rest] = path;
  if (!first || !isRecord(source) || !(first.key in source)) return;
  const value = source[first.key];
  if (rest.length === 0) {
    target[first.key] = structuredClone(value);
    return;
  }
  if (first.each) {
    if (!Array.isArray(value)) return;
    const existing = Array.isArray(target[first.key]) ? (target[first.key] as unknown[]) : value.map(() => ({}));
    value.forEach((item, index) => {
      const slot = existing[index];
      if (isRecord(slot)) copyPath(item, slot, rest);
    });
    target[first.key] = existing;
    return;
  }
  const child = isRecord(target[first.key]) ? (target[first.key] as Record<string, unknown>) : {};
  copyPath(value, child, rest);
  target[first.key] = child;
}

/**
 * The part of a profile that the given field paths unlock. A path ending in `[]` (`contactInfos[]`)
 * unlocks whole array items; `a[].b` unlocks field `b` of every item.
 */
export function projectProfile(profile: Profile, fields: readonly string[]): Profile {
  const out: Profile = {};
  for (const field of fields) copyPath(profile, out, steps(field));
  return out;
}

/** A short human label for a profile (for lists and the consent preview). */
export function profileDisplayName(profile: Profile): string {
  const name = isRecord(profile.userName) ? profile.userName.fullName : undefined;
  if (typeof name === "string" && name) return name;
  return typeof profile.nickName === "string" && profile.nickName ? profile.nickName : String(profile.userId ?? "Test user");
}
