"""DataInterval, DagRunInfo, TimeRestriction: apache/airflow airflow-core/src/airflow/timetables/base.py
@ 0075214d5a2b00fc177c69e80ad9b2bb81f70d11 (unchanged in meaning since Airflow 2.2): a run on a continuous schedule
starts after its interval ends (run_after = end) and its logical date is the interval's start."""
from typing import NamedTuple, Optional


class DataInterval(NamedTuple):
    start: object
    end: object


class TimeRestriction(NamedTuple):
    earliest: Optional[object]
    latest: Optional[object]
    catchup: bool


class DagRunInfo(NamedTuple):
    run_after: object
    data_interval: DataInterval

    @classmethod
    def interval(cls, start, end):
        return cls(run_after=end, data_interval=DataInterval(start, end))

    @property
    def logical_date(self):
        return self.data_interval.start
