"""CronTriggerTimetable, ported from apache/airflow airflow-core/src/airflow/timetables/trigger.py
@ 0324e8e530d8c5553de5fcf6e0bea92a1ee25f60: a run per cron firing whose data interval is
[firing - interval, firing], zero-width by default (interval=timedelta()). Airflow 3 gives a cron string this
timetable unless [scheduler] create_cron_data_intervals is set.
"""
import datetime

from airflow._standin import clock
from airflow._standin.base import DagRunInfo, DataInterval
from airflow._standin.cron import CronMixin


class CronTriggerTimetable(CronMixin):
    def __init__(self, cron, *, timezone, interval=datetime.timedelta(), run_immediately=False):
        super().__init__(cron, timezone)
        self._interval = interval
        self._run_immediately = run_immediately

    def infer_manual_data_interval(self, *, run_after):
        return DataInterval(run_after - self._interval, run_after)

    def _calc_first_run(self):
        now = clock.utcnow()
        past_run_time = self._align_to_prev(now)
        next_run_time = self._align_to_next(now)
        if self._run_immediately is True:
            return past_run_time
        gap_between_runs = next_run_time - past_run_time
        gap_to_past = now - past_run_time
        if isinstance(self._run_immediately, datetime.timedelta):
            buffer_between_runs = self._run_immediately
        else:
            buffer_between_runs = max(gap_between_runs / 10, datetime.timedelta(minutes=5))
        if gap_to_past <= buffer_between_runs:
            return past_run_time
        return next_run_time

    def next_dagrun_info(self, *, last_automated_data_interval, restriction):
        if restriction.catchup:
            if last_automated_data_interval is not None:
                next_start_time = self._get_next(last_automated_data_interval.end)
            elif restriction.earliest is None:
                next_start_time = self._calc_first_run()
            else:
                next_start_time = self._align_to_next(restriction.earliest)
        else:
            start_time_candidates = [self._align_to_prev(clock.utcnow())]
            if last_automated_data_interval is not None:
                start_time_candidates.append(self._get_next(last_automated_data_interval.end))
            elif restriction.earliest is None:
                start_time_candidates.append(self._calc_first_run())
            if restriction.earliest is not None:
                start_time_candidates.append(self._align_to_next(restriction.earliest))
            next_start_time = max(start_time_candidates)
        if restriction.latest is not None and restriction.latest < next_start_time:
            return None
        return DagRunInfo.interval(next_start_time - self._interval, next_start_time)
