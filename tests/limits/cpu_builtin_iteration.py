# Iteration done by native code: sum() over a huge range, with no
# bytecode in the loop. Native work is charged to the instruction budget.
# args: --max-instructions 1000000
# limit: instructions
print(sum(range(10**18)))
