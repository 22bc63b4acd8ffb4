# Slicing with steps, negative steps and out-of-range bounds.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::3], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[20:]), s[-100:3], s[3:100], repr(s[5:5]))
print(s[2:8:2], s[:2:-1], s[7::-2], repr(s[2:7:-1]), s[-2::-3])
print(s[None:None:-1], s[None:4], s[slice(1, 9, 4)], s[slice(None, None, -4)])
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
word = "racecar"
print(word == word[::-1], "level"[::-1], "python"[::-1])
text = "Hello, World"
print(text[:5].upper() + text[5:], text[7:] + text[5:7] + text[:5])
for k in range(len(text) + 1):
    if text[:k] + text[k:] != text:
        print("broken at", k)
print("rotations", [text[i:] + text[:i] for i in range(0, 12, 4)])
print("héllo wörld"[1:8:2], "日本語テキスト"[::-2])
