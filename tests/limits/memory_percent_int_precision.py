# printf-style integer formatting padded with zeros to a huge precision.
# limit: memory
x = '%.200000000d' % 1
