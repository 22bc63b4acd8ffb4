# str.translate with a mapping that turns each character into a long
# string: every output character is charged, so the expansion of ten
# million characters a hundred times ends at the instruction limit
# before it can finish.
# limit: instructions|memory
text = ("a" * 10 ** 7).translate({97: "x" * 100})
print(len(text))
