# None on either side of `|`, and NoneType spelled out.
print(int | None)
print(None | int)
print(None | int | None)
print(type(None) | int)
print((int | None).__args__)
print((None | str) == (str | None))
try:
    print(None | None)
except TypeError as e:
    print("TypeError", e)
