import sys
print(sys.argv[0] if False else len(sys.argv), sys.version_info[:2], sys.version_info >= (3, 8), sys.platform if False else "", sys.byteorder, sys.maxunicode)
import sys
sys.stdout.write("x\n"); sys.stderr.write("") ; print(sys.stdout.write("abc"))
import sys
print(sys.stdin.read() == "", sys.stdin.readline() == "", list(sys.stdin))
x = [1, 2, 3]
for i in x:
    x.remove(i)
print(x)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["B", "a", "C"]), sorted([1.5, -0.0, 0, float("-inf")]), sorted([[2], [1, 5], []]))
print(list(map(lambda s: s.strip(), " a , b ,c ".split(","))), "".join(reversed("abc")), "abc"[::-1], " ".join("a b  c".split()))
