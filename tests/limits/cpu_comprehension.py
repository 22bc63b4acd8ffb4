# A busy loop with no loop statement: a comprehension over a huge range.
# args: --max-instructions 1000000
# limit: instructions
print(sum([x * x for x in range(10**12)]))
