# A 200-million-digit float precision: the digits are charged while they
# are built, and the result does not fit beside them.
# limit: memory
x = f'{1.5:.200000000f}'
