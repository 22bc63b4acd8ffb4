# Methods of the built-in types, each reached for the first time.
text = "Hello, World! héllo"
print(text.casefold(), text.title(), text.split(", "), text.partition("o"),
      text.encode("utf-8")[:8], text.center(25, "*"), text.count("l"),
      text.replace("l", "L", 2), text.translate(str.maketrans("lo", "01")),
      "-".join(sorted(set(text.lower()) - set(" ,!"))))
data = bytearray(b"abc")
data.extend(b"def")
data[0] = 65
print(data, bytes(data).hex(":"), data.find(b"d"), bytes.fromhex("ff00"), b"x,y".split(b","))
nums = [5, 3, 8, 1]
nums.sort(key=lambda n: -n)
nums.insert(1, 7)
print(nums, nums.index(8), nums[::-2], nums.pop(), sorted(nums, reverse=True))
table = {"b": 2, "a": 1}
table.setdefault("c", 3)
table |= {"d": 4}
print(table, table.pop("a"), list(table.items()), dict.fromkeys("xy", 0), table.get("z", -1))
s = {1, 2, 3}
print(s | {4}, s & {2, 9}, s ^ {1, 5}, frozenset(s).issubset(range(5)), s.isdisjoint({8}))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (2**100).bit_length(),
      divmod(-7, 2), pow(3, -1, 7), round(2.675, 2), (0.1).as_integer_ratio(), 1e300 * 10,
      float("nan") == float("nan"), complex(1, 2) * 1j, range(0, 20, 3)[2:5], bool([]))
print(list(enumerate("ab", 1)), list(map(str, range(3))), list(filter(None, [0, 1, 2])),
      min("bca"), max([], default=None), any(()), all(()), list(reversed((1, 2, 3))))
print(repr(text)[:10], ascii("é"), format(1234567.891, ",.2f"), chr(945), ord("ß"), hash(1))
