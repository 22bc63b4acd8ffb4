import json

RAW = '{"jobs": [{"id": 1, "cmd": "build"}, {"id": 2}]}'


class Job:
    def __init__(self, spec):
        self.id = spec["id"]
        self.cmd = spec["cmd"]

    def __repr__(self):
        return f"Job({self.id}, {self.cmd!r})"


def cleanup(jobs):
    for job in jobs:
        print("cleanup", job)
    raise RuntimeError("cleanup failed: lock file held")


def load(raw):
    data = json.loads(raw)
    jobs = []
    try:
        for spec in data["jobs"]:
            jobs.append(Job(spec))
    except KeyError:
        cleanup(jobs)
    return jobs


print(load('{"jobs": []}'))
print(load(RAW))
