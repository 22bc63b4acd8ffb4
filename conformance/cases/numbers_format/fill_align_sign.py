# Fill characters (any code point), the four alignments, and sign options for
# numbers; '=' puts the padding after the sign.
for v in [42, -42, 3.5, -3.5, 0, -0.0, float("nan"), float("-inf")]:
    print(f"[{v:*<9}] [{v:*>9}] [{v:*^9}] [{v:*=9}] [{v:0=+9}] [{v: =9}] [{v:\u00e9^9}] [{v:\u263a>7}]")
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+09}] [{v: 09}] [{v:09}] [{v:<09}] [{v:^09}] [{v:>09}]")
for w in range(0, 8):
    print(f"[{'ab':^{w}}] [{-5:^{w}}] [{1.5:=^{w}}] [{7:0>{w}}]")
print(format(12, "=^10"), format(12, "<^10"), format(12, "^=10"), format(12, "0^10"), format(12, "00"))
print(format(-12, "0="), format(12, "\u0663"), format(12, "\u0663\u0661"), format(-1.5, "\u00e9<+8.2f"))
