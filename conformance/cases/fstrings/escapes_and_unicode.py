# f-strings with unicode content and width computed in code points.
names = ["Zoë", "Łukasz", "東京", "Ñandú", "a"]
for nm in names:
    print(f"|{nm:<8}|{nm:>8}|{nm:^8}|{len(nm)}")
print(f"\N{GREEK SMALL LETTER ALPHA} \u00e9 \x41 {'β'}")
print(f"{'€'}{1234.5:,.2f}", f"{'→':>3}", f"{chr(0x1F600)}")
