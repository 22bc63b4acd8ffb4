# One print of many arguments whose total is past the budget.
# args: --max-output 1M
# limit: output
print(*(["y" * 100] * 100000))
