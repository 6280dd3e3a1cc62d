from airflow import _current


class BashOperator:
    def __init__(self, task_id, bash_command, **kwargs):
        self.task_id = task_id
        self.bash_command = bash_command
        self.kwargs = kwargs
        self.downstream = []
        dag = _current.get()
        if dag is None:
            raise RuntimeError(f"task {task_id} created outside a DAG")
        dag.tasks.append(self)

    def __rshift__(self, other):
        for o in other if isinstance(other, list) else [other]:
            self.downstream.append(o.task_id)
        return other

    def __rrshift__(self, other):
        for o in other if isinstance(other, list) else [other]:
            o.downstream.append(self.task_id)
        return self
