# sum() over a quadrillion-element range under the default limits: the
# range's length is charged before the loop starts, so the run ends at once.
# limit: instructions
print(sum(range(10**15)))
