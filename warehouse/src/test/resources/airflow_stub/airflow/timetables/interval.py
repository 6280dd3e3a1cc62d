"""CronDataIntervalTimetable, ported from apache/airflow airflow-core/src/airflow/timetables/interval.py
@ 0202939695d3f821dfa766349012f1a3ef1931b9 (Airflow 2's airflow/timetables/interval.py has the same logic).

Each run covers one whole cron interval and starts once it has ended; a manually triggered run covers the last
complete interval before it.
"""
from airflow._standin import clock
from airflow._standin.base import DagRunInfo, DataInterval
from airflow._standin.cron import CronMixin


class CronDataIntervalTimetable(CronMixin):
    def _skip_to_latest(self, earliest):
        current_time = clock.utcnow()
        last_start = self._get_prev(current_time)
        next_start = self._get_next(last_start)
        if next_start == current_time:
            new_start = last_start
        elif next_start > current_time:
            new_start = self._get_prev(last_start)
        else:
            raise AssertionError("next schedule shouldn't be earlier")
        if earliest is None:
            return new_start
        return max(new_start, self._align_to_next(earliest))

    def next_dagrun_info(self, *, last_automated_data_interval, restriction):
        earliest = restriction.earliest
        if not restriction.catchup:
            earliest = self._skip_to_latest(earliest)
        elif earliest is not None:
            earliest = self._align_to_next(earliest)
        if last_automated_data_interval is None:
            if earliest is None:
                return None
            start = earliest
        else:
            align_last_data_interval_end = self._align_to_prev(last_automated_data_interval.end)
            if earliest is not None:
                start = max(align_last_data_interval_end, earliest)
            else:
                start = align_last_data_interval_end
        if restriction.latest is not None and start > restriction.latest:
            return None
        end = self._get_next(start)
        return DagRunInfo.interval(start=start, end=end)

    def infer_manual_data_interval(self, *, run_after):
        end = self._align_to_prev(run_after)
        return DataInterval(start=self._get_prev(end), end=end)
