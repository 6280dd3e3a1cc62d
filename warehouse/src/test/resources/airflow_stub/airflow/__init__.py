"""A stand-in for Airflow with just enough surface to load a DAG file and list its tasks' commands.

Tests use it because Airflow itself cannot be installed here; it checks the DAG file's Python, its imports
of DAG/BashOperator, the wiring of tasks, and hands back every bash_command for dw to validate.
"""
import contextvars

_current = contextvars.ContextVar("dag", default=None)
DAGS = []


class DAG:
    def __init__(self, dag_id, **kwargs):
        self.dag_id = dag_id
        self.kwargs = kwargs
        self.params = kwargs.get("params", {})
        self.tasks = []
        DAGS.append(self)

    def __enter__(self):
        self._token = _current.set(self)
        return self

    def __exit__(self, *exc):
        _current.reset(self._token)
        return False
