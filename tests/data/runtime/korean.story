// Runtime fixture: wide characters for wrapping, and markup.
title: 옥상
start: roof

=== roof "옥상" === #chapter: 첫째 날
남라는 옥상 난간에 서서 불타는 도시를 내려다본다. 온조가 그녀의 이름을 부른다. 수혁과 하리가 뒤에 서 있다. **The fire** has burned down to _coals_.
* [온조에게 가까이 간다] -> END "온조"
* [Stay by the fire and let the night pass without a word] -> END "Night"
