# except* handles part of a group and re-raises the rest with a note.
class Timeout(Exception):
    pass


class Refused(Exception):
    pass


def connect_all(hosts):
    problems = []
    for h in hosts:
        if h.startswith("slow"):
            problems.append(Timeout(h))
        elif h.startswith("bad"):
            problems.append(Refused(h))
    if problems:
        raise ExceptionGroup("connect failed", problems)
    return len(hosts)


print(connect_all(["a", "b"]))
try:
    connect_all(["slow1", "bad1", "ok", "slow2"])
except* Timeout as eg:
    print("will retry:", [str(e) for e in eg.exceptions])
except* Refused as eg:
    eg.exceptions[0].add_note("host refused the connection")
    raise
