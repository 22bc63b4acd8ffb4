# Three levels of chained errors, explicit and implicit, escape together.
def load(text):
    try:
        return {"id": int(text)}
    except ValueError as e:
        raise ValueError("payload is not a number") from e


def handle(text):
    try:
        data = load(text)
    except ValueError:
        fallback = {}
        return fallback["id"]
    return data["id"]


print(handle("7"))
handle("oops")
