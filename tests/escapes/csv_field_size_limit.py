# csv.reader refuses fields past field_size_limit() (CPython's 131072
# characters by default) instead of growing one field without bound.
# expect-output: Error field larger than field limit (131072)
import csv

try:
    list(csv.reader(['"' + 'x' * 200_000 + '"']))
except csv.Error as e:
    print('Error', e)
