# bytearray.__init__ over an iterable appends each byte as it is converted:
# an item's __index__ that changes the bytearray sees the bytes before it,
# and its change stays in front of the bytes that come after.
class Idx:
    def __init__(self, v, act):
        self.v = v
        self.act = act

    def __index__(self):
        self.act()
        return self.v


B = bytearray(b"abc")
B.__init__([Idx(65, B.clear), Idx(66, lambda: B.extend(b"zz")), 67])
print(B)
B = bytearray(b"abc")
B.__init__(Idx(65 + i, lambda: B.extend(bytes(B))) for i in range(3))
print(B)
B = bytearray(b"abc")
try:
    B.__init__([65, Idx(66, lambda: B.extend(b"!")), 300])
except ValueError as e:
    print("ValueError:", e, B)
B = bytearray(b"abc")
B.__init__((66, 67))
print(B)
print(bytearray([Idx(65, lambda: None), 66]))
