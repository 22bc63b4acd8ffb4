# The timeout also ends native work that runs long between bytecodes.
# args: --timeout 200ms --max-instructions none
# limit: time
while True:
    sum(range(10**6))
