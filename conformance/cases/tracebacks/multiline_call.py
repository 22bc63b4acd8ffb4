def compute(a, b, c):
    return a + b * c

data = {"x": [1, 2, 3], "y": None}
print("start")
result = compute(
    data["x"][0],
    data["y"],
    3,
)
