import { getEntry } from 'astro:content'

import type { Locale } from '../../i18n'
import { libraryDay } from '../dates'
import { requiredText, type Text, text } from './text'

/** The library as a whole: its history in figures, organisation, staff and honours, in one language. */
export type SiteProfile = {
  buildingOpened?: number
  contact: { email?: string; phone?: string; streetAddress?: Text }
  departments: { description?: Text; name: Text }[]
  editorNote?: Text
  floorArea?: number
  founded?: number
  /** YYYY-MM or YYYY-MM-DD, as precise as the source. */
  freeAdmissionSince?: string
  holdings?: { asOf?: string; inBranchesAndVillageBookshops?: number; periodicalsAndNewspapers?: number; total?: number }
  honours: { title: Text; year?: number }[]
  leadership: { name: Text; role?: Text }[]
  location?: Text
  name?: Text
  parentBody?: Text
  readingRooms?: number
  renovated?: number
  servicePhilosophy?: Text
  staff?: {
    editorNote?: Text
    management?: number
    professional?: number
    professionalIntermediate?: number
    professionalJunior?: number
    seniorWorkers?: number
    total?: number
  }
  unitType?: Text
}

const number = (value: number | null | undefined) => value ?? undefined

/** The library's profile (a CMS global) in one language. */
export async function loadProfile(locale: Locale): Promise<SiteProfile> {
  const data = (await getEntry('libraryProfile', 'global'))?.data
  if (!data) throw new Error('The CMS has no library profile; the site needs it. Publish Library profile in the admin.')
  const { holdings, staff } = data
  return {
    buildingOpened: number(data.buildingOpened),
    contact: {
      email: data.contact?.email ?? undefined,
      phone: data.contact?.phone ?? undefined,
      streetAddress: text(data.contact?.streetAddress, locale),
    },
    departments: (data.departments ?? []).map((department, index) => ({
      description: text(department.description, locale),
      name: requiredText(department.name, locale, `Department ${index + 1} of the library profile`),
    })),
    editorNote: text(data.editorNote, locale),
    floorArea: number(data.floorArea),
    founded: number(data.founded),
    freeAdmissionSince: data.freeAdmissionSince ?? undefined,
    holdings: holdings
      ? {
          asOf: holdings.asOf ? libraryDay(holdings.asOf) : undefined,
          inBranchesAndVillageBookshops: number(holdings.inBranchesAndVillageBookshops),
          periodicalsAndNewspapers: number(holdings.periodicalsAndNewspapers),
          total: number(holdings.total),
        }
      : undefined,
    honours: (data.honours ?? []).map((honour, index) => ({
      title: requiredText(honour.title, locale, `Honour ${index + 1} of the library profile`),
      year: number(honour.year),
    })),
    leadership: (data.leadership ?? []).map((leader, index) => ({
      name: requiredText(leader.name, locale, `Leader ${index + 1} of the library profile`),
      role: text(leader.role, locale),
    })),
    location: text(data.location, locale),
    name: text(data.name, locale),
    parentBody: text(data.parentBody, locale),
    readingRooms: number(data.readingRooms),
    renovated: number(data.renovated),
    servicePhilosophy: text(data.servicePhilosophy, locale),
    staff: staff
      ? {
          editorNote: text(staff.editorNote, locale),
          management: number(staff.management),
          professional: number(staff.professional),
          professionalIntermediate: number(staff.professionalIntermediate),
          professionalJunior: number(staff.professionalJunior),
          seniorWorkers: number(staff.seniorWorkers),
          total: number(staff.total),
        }
      : undefined,
    unitType: text(data.unitType, locale),
  }
}
