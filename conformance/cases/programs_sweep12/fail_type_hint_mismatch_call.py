def make_greeting(name: str, *, excited: bool = False, times: int = 1) -> str:
    base = f"Hello, {name}" + ("!" if excited else ".")
    return " ".join([base] * times)


print(make_greeting("Ann"))
print(make_greeting("Bo", excited=True, times=2))
try:
    make_greeting("Cy", True)
except TypeError as e:
    print("TypeError:", e)
try:
    make_greeting(name="Di", loud=True)
except TypeError as e:
    print("TypeError:", e)
print(make_greeting())
