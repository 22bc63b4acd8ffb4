# Event dispatch with callback lists.
listeners = {}


def on(event, func):
    listeners.setdefault(event, []).append(func)


def emit(event, *args):
    results = []
    for func in listeners.get(event, []):
        results.append(func(*args))
    return results


log = []
on("login", lambda user: log.append(f"welcome {user}") or "logged")
on("login", lambda user: len(user))
on("logout", lambda user, reason="bye": f"{user}: {reason}")
print(emit("login", "ann"), emit("logout", "ann"), emit("logout", "bob", "timeout"), emit("unknown"))
print(log)
try:
    emit("logout")
except TypeError as e:
    print("TypeError", e)
