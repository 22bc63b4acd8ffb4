def build(name, *, size, color):
    return f"{name}:{size}:{color}"
result = build(
    "box",
    size=3,
    colour="red",
)
