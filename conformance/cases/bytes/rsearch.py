# Backward searches: rfind, rindex, rsplit, rpartition with long needles.
hay = b"xabcabcabcy"
print(hay.rfind(b"abc"), hay.rfind(b"abca"), hay.rfind(b"abc", 0, 7), hay.rfind(b"abc", 2), hay.rfind(b"c", 0, 4))
print(hay.rsplit(b"abc"), hay.rsplit(b"abc", 1), hay.rpartition(b"bca"), hay.rfind(b"zz"))
print(b"aaaa".rfind(b"aa"), b"aaaa".rsplit(b"aa"), b"abab".rpartition(b"ab"), b"ab".rfind(b"abc"))
data = b"a" * 1000 + b"b" + b"a" * 1000
print(data.rfind(b"a" * 500 + b"b"), data.rfind(b"b" + b"a" * 999), data.rfind(b"b" + b"a" * 1001))
