# Inserting a million-character string between every character.
# limit: memory
x = ('ab' * 1000).replace('', 'x' * 10**6)
