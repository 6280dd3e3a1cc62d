"""airflow.exceptions: the three exceptions whose difference decides a task instance's state."""


class AirflowException(Exception):
    """Any failure: the task is retried while it has tries left."""


class AirflowSkipException(AirflowException):
    """The task is marked skipped."""


class AirflowFailException(AirflowException):
    """The task fails at once, ignoring the retries left."""
