# max() over a quadrillion-element range under the default limits: charged
# up front, like sum().
# limit: instructions
print(max(range(10**15)))
