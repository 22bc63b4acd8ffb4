# A script waiting for input that never comes is ended by the timeout: the
# wait polls the clock.
# args: --timeout 300ms --max-instructions none
# stdin: open
# limit: time
print(input())
