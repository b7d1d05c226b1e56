import { getCollection, getEntry } from 'astro:content'

import { type Qualifier, VAN_CATEGORIES, type VanCategory } from '../../../cms/fields/choices'
import type { Locale } from '../../i18n'
import { libraryDay } from '../dates'
import { requiredText, type Text, text } from './text'

/** A figure with its qualifier: 1,100余 is `{ value: 1100, qualifier: 'over' }`. */
export type Figure = { qualifier: Qualifier | null | undefined; value: number }

/** The records a yearly report is added up from, reduced to what it counts. */
export type ReportRecords = {
  activities: { participants?: number | null; start: string }[]
  exhibitions: { start: string; visitors?: number | null; visitorsQualifier?: Qualifier | null }[]
  lectures: { attendance?: number | null; start: string }[]
  vanVisits: { books?: number | null; category: VanCategory; date: string; readers?: number | null }[]
}

/** A year's totals, added up from the records. */
export type YearTotals = {
  activities: { count: number; participants: number }
  /** Lecture attendance in each month of the year (YYYY-MM), January first, months without lectures at 0. */
  attendanceByMonth: { month: string; value: number }[]
  exhibitions: { count: number; visitors: Figure }
  lectures: { attendance: number; count: number }
  /** Visits per category, most visits first; categories without visits at 0. */
  vanByCategory: { category: VanCategory; count: number }[]
  vanVisits: { books: number; count: number; readers: number }
}

/** The library's own figures for a year, from the statistics global. */
export type YearStatistics = {
  activityParticipants?: Figure
  booksBought?: Figure
  editorNote?: Text
  holdings?: Figure
  loans?: Figure
  newReaderCards?: Figure
  otherFigures: { label: Text; unit?: Text; value: Figure }[]
  periodicals?: { copies: number | undefined; titles: number | undefined }
  visits?: Figure
}

export type YearReport = YearTotals & { statistics?: YearStatistics; year: number }

const yearOf = (day: string) => Number(day.slice(0, 4))
const sum = (values: (number | null | undefined)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0)

/**
 * Adds figures that may be approximate: the total is "about" when any part is, "more than" when
 * any part is a lower bound (and none is approximate), exact otherwise.
 */
export function sumFigures(figures: Figure[]): Figure {
  const qualifiers = figures.map((figure) => figure.qualifier)
  const qualifier = qualifiers.includes('about') ? 'about' : qualifiers.includes('over') ? 'over' : 'exact'
  return { qualifier, value: sum(figures.map((figure) => figure.value)) }
}

/** Attendance per month of `year`; a lecture held over several days counts in the month it starts. */
export function attendanceByMonth(lectures: ReportRecords['lectures'], year: number): YearTotals['attendanceByMonth'] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = `${year}-${String(index + 1).padStart(2, '0')}`
    return { month, value: sum(lectures.filter((lecture) => lecture.start.startsWith(month)).map((lecture) => lecture.attendance)) }
  })
}

/** How many visits the van made in each category, most first (ties in the CMS's order). */
export function vanVisitsByCategory(visits: ReportRecords['vanVisits']): YearTotals['vanByCategory'] {
  return VAN_CATEGORIES.map((category) => ({ category, count: visits.filter((visit) => visit.category === category).length })).sort(
    (a, b) => b.count - a.count,
  )
}

/** The totals of `year`, counting each event in the year it starts. */
export function yearTotals(records: ReportRecords, year: number): YearTotals {
  const lectures = records.lectures.filter((lecture) => yearOf(lecture.start) === year)
  const vanVisits = records.vanVisits.filter((visit) => yearOf(visit.date) === year)
  const activities = records.activities.filter((activity) => yearOf(activity.start) === year)
  const exhibitions = records.exhibitions.filter((exhibition) => yearOf(exhibition.start) === year)
  return {
    activities: { count: activities.length, participants: sum(activities.map((activity) => activity.participants)) },
    attendanceByMonth: attendanceByMonth(lectures, year),
    exhibitions: {
      count: exhibitions.length,
      visitors: sumFigures(
        exhibitions
          .filter((exhibition) => exhibition.visitors != null)
          .map((exhibition) => ({ qualifier: exhibition.visitorsQualifier ?? 'exact', value: exhibition.visitors ?? 0 })),
      ),
    },
    lectures: { attendance: sum(lectures.map((lecture) => lecture.attendance)), count: lectures.length },
    vanByCategory: vanVisitsByCategory(vanVisits),
    vanVisits: { books: sum(vanVisits.map((visit) => visit.books)), count: vanVisits.length, readers: sum(vanVisits.map((visit) => visit.readers)) },
  }
}

/** Every year that has an event or a statistics row, newest first. */
export function yearsIn(records: ReportRecords, statisticsYears: number[]): number[] {
  const days = [
    ...records.lectures.map((lecture) => lecture.start),
    ...records.exhibitions.map((exhibition) => exhibition.start),
    ...records.activities.map((activity) => activity.start),
    ...records.vanVisits.map((visit) => visit.date),
  ]
  return [...new Set([...days.map(yearOf), ...statisticsYears])].sort((a, b) => b - a)
}

async function loadRecords(): Promise<ReportRecords> {
  const [lectures, exhibitions, vanVisits, activities] = await Promise.all([
    getCollection('lectures'),
    getCollection('exhibitions'),
    getCollection('vanVisits'),
    getCollection('readingActivities'),
  ])
  return {
    activities: activities.map(({ data }) => ({ participants: data.participants, start: libraryDay(data.startDate) })),
    exhibitions: exhibitions.map(({ data }) => ({
      start: libraryDay(data.startDate),
      visitors: data.visitors,
      visitorsQualifier: data.visitorsQualifier,
    })),
    lectures: lectures.map(({ data }) => ({ attendance: data.attendance, start: libraryDay(data.startDate) })),
    vanVisits: vanVisits.map(({ data }) => ({ books: data.books, category: data.category, date: libraryDay(data.date), readers: data.readers })),
  }
}

const statisticsRows = async () => (await getEntry('statistics', 'global'))?.data.years ?? []

const figure = (value: number | null | undefined, qualifier?: Qualifier | null): Figure | undefined =>
  value == null ? undefined : { qualifier: qualifier ?? 'exact', value }

async function loadStatistics(year: number, locale: Locale): Promise<YearStatistics | undefined> {
  const row = (await statisticsRows()).find((candidate) => candidate.year === year)
  if (!row) return undefined
  return {
    activityParticipants: figure(row.activityParticipants, row.activityParticipantsQualifier),
    booksBought: figure(row.booksBought, row.booksBoughtQualifier),
    editorNote: text(row.editorNote, locale),
    holdings: figure(row.holdings, row.holdingsQualifier),
    loans: figure(row.loans, row.loansQualifier),
    newReaderCards: figure(row.newReaderCards, row.newReaderCardsQualifier),
    otherFigures: (row.otherFigures ?? []).map((other, index) => ({
      label: requiredText(other.label, locale, `Statistics ${year}, other figure ${index + 1}`),
      unit: text(other.unit, locale),
      value: { qualifier: other.qualifier ?? 'exact', value: other.value },
    })),
    periodicals:
      row.periodicalTitles != null || row.periodicalCopies != null
        ? { copies: row.periodicalCopies ?? undefined, titles: row.periodicalTitles ?? undefined }
        : undefined,
    visits: figure(row.visits, row.visitsQualifier),
  }
}

/** The years that have a report: those with events or a statistics row, newest first. */
export async function reportYears(): Promise<number[]> {
  return yearsIn(await loadRecords(), (await statisticsRows()).map((row) => row.year))
}

/** The report of `year` in one language: totals added up from the content, and the library's own figures. */
export async function loadReport(year: number, locale: Locale): Promise<YearReport> {
  return { ...yearTotals(await loadRecords(), year), statistics: await loadStatistics(year, locale), year }
}
