class Participant:
    def __init__(self, name, vote=True, crash_on=None):
        self.name, self.vote, self.crash_on = name, vote, crash_on
        self.state = "init"

    def prepare(self):
        if self.crash_on == "prepare":
            raise ConnectionError(f"{self.name} unreachable")
        self.state = "prepared" if self.vote else "aborted"
        return self.vote

    def commit(self):
        if self.crash_on == "commit":
            raise ConnectionError(f"{self.name} lost during commit")
        self.state = "committed"

    def abort(self):
        self.state = "aborted"


def two_phase(parts):
    log = []
    try:
        votes = {p.name: p.prepare() for p in parts}
    except ConnectionError as e:
        log.append(f"prepare failed: {e}")
        votes = None
    if votes and all(votes.values()):
        for p in parts:
            try:
                p.commit()
            except ConnectionError as e:
                log.append(f"retry later: {e}")
        outcome = "commit"
    else:
        for p in parts:
            p.abort()
        outcome = "abort"
        if votes:
            log.append("no votes: " + ",".join(n for n, v in votes.items() if not v))
    return outcome, {p.name: p.state for p in parts}, log


print(two_phase([Participant("a"), Participant("b")]))
print(two_phase([Participant("a"), Participant("b", vote=False), Participant("c", vote=False)]))
print(two_phase([Participant("a"), Participant("b", crash_on="prepare")]))
print(two_phase([Participant("a", crash_on="commit"), Participant("b")]))
