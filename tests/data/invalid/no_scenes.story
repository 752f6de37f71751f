// expect: FP308 1:1
title: Empty
