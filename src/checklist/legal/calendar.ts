/**
 * Japan-time calendar days, for the reporting deadlines. A day is a
 * 'YYYY-MM-DD' string of the Japan date; arithmetic is done on UTC midnights,
 * so the laptop's own time zone never matters (Japan has no daylight saving).
 */
import { isoToJstInput } from '@/lib/dates';

/** A Japan-time calendar date, 'YYYY-MM-DD'. */
export type JstDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The Japan date of an instant ('' when the ISO string does not parse). */
export function jstDateOf(iso: string): JstDate {
  return isoToJstInput(iso).slice(0, 10);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: JstDate, days: number): JstDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many calendar days `to` is after `from` (negative when before). */
export function daysBetween(from: JstDate, to: JstDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The last day of a period of `days` days that starts on `first` as day 1:
 * 30 days from 2026-01-10 end on 2026-02-08 (Jan 10 + 29).
 */
export function lastDayOf(first: JstDate, days: number): JstDate {
  return addDays(first, days - 1);
}
