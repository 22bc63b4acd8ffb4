# Module-level __annotations__.
x: int = 1
y: "list[str]"
print(__annotations__)
print("y" in globals() if False else "y" in __annotations__)
for i in range(2):
    z: float = i
print(__annotations__)
def inner():
    local: int = 5
    return local
print(inner(), inner.__annotations__)
try:
    print(y)
except NameError as e:
    print("NameError", e)
