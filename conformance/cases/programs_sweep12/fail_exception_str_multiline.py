class ReportError(Exception):
    def __init__(self, problems):
        self.problems = problems
        super().__init__(len(problems))

    def __str__(self):
        lines = [f"{len(self.problems)} problem(s) found:"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


def check(config):
    problems = []
    if "name" not in config:
        problems.append("missing 'name'")
    if config.get("port", 0) <= 0:
        problems.append(f"invalid port {config.get('port')!r}")
    if problems:
        raise ReportError(problems)
    return True


print(check({"name": "svc", "port": 80}))
try:
    check({"port": -1})
except ReportError as e:
    print(e.args, repr(e))
check({"name": "db"})
