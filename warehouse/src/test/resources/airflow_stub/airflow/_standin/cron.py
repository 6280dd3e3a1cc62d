"""Cron arithmetic in a time zone, ported from Airflow's CronMixin.

Modelled on apache/airflow airflow-core/src/airflow/timetables/_cron.py @ 0ee155763ae182eeafa06f746af97d191018a985
(the same code as airflow/timetables/_cron.py in Airflow 2.x): croniter works on naive wall-clock times in the
timetable's zone; results are made aware again and converted to UTC, which is why Airflow renders every data
interval in UTC.
"""
import datetime

import pendulum
from croniter import croniter

CRON_PRESETS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@quarterly": "0 0 1 */3 *",
    "@yearly": "0 0 1 1 *",
}


def parse_timezone(tz):
    return pendulum.timezone(tz) if isinstance(tz, str) else tz


def make_naive(value, tz):
    return pendulum.instance(value).in_timezone(tz).naive()


def make_aware(naive, tz):
    return pendulum.instance(naive, tz=tz)


def convert_to_utc(value):
    return pendulum.instance(value).in_timezone("UTC")


def _covers_every_hour(cron):
    return cron.expanded[1] == ["*"]


class CronMixin:
    def __init__(self, cron, timezone):
        self._expression = CRON_PRESETS.get(cron, cron)
        self._timezone = parse_timezone(timezone)

    @property
    def summary(self):
        return self._expression

    def _get_next(self, current):
        naive = make_naive(current, self._timezone)
        cron = croniter(self._expression, start_time=naive)
        scheduled = cron.get_next(datetime.datetime)
        if not _covers_every_hour(cron):
            return convert_to_utc(make_aware(scheduled, self._timezone))
        delta = scheduled - naive
        return convert_to_utc(pendulum.instance(current).in_timezone(self._timezone) + delta)

    def _get_prev(self, current):
        naive = make_naive(current, self._timezone)
        cron = croniter(self._expression, start_time=naive)
        scheduled = cron.get_prev(datetime.datetime)
        if not _covers_every_hour(cron):
            return convert_to_utc(make_aware(scheduled, self._timezone))
        delta = naive - scheduled
        return convert_to_utc(pendulum.instance(current).in_timezone(self._timezone) - delta)

    def _align_to_next(self, current):
        next_time = self._get_next(current)
        if self._get_prev(next_time) != current:
            return next_time
        return current

    def _align_to_prev(self, current):
        prev_time = self._get_prev(current)
        if self._get_next(prev_time) != current:
            return prev_time
        return current
