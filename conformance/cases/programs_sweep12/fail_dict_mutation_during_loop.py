sessions = {"s1": 120, "s2": 5, "s3": 0, "s4": 300, "s5": 2}


def expire(sessions, now_idle):
    for sid, idle in sessions.items():
        if idle + now_idle > 100:
            print("expiring", sid)
            del sessions[sid]


snapshot = dict(sessions)
for sid in list(snapshot):
    if snapshot[sid] > 100:
        snapshot.pop(sid)
print("safe way:", snapshot)
expire(sessions, 0)
