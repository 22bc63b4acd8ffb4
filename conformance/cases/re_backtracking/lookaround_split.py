# split at zero-width positions found by lookarounds (3.7+ empty matches).
import re
print(re.split(r'(?=[A-Z])', 'HelloWorldFooBar'))
print(re.split(r'(?<=[.!?])\s*', 'One. Two! Three? Four'))
print(re.split(r'(?<=,)', 'a,b,,c'))
print(re.split(r'(?<=a)(?=b)', 'abab', maxsplit=1))
print(re.split(r'(?=b)|x', 'axbxb'))
