-- Trimmed label with traditional characters folded to simplified (化妝 -> 化妆, 選片 -> 选片); NULL when blank.
nullif(translate(trim({{ arg }}), '妝攝選報禮樣間會務裝處後設計講賓訴產質線髮紗飾頭廳臺檯燈衛單維機電話項層門區顧諮詢參觀貴應理製數碼館茶圖業車導環潔邏費繳納審', '妆摄选报礼样间会务装处后设计讲宾诉产质线发纱饰头厅台台灯卫单维机电话项层门区顾咨询参观贵应理制数码馆茶图业车导环洁逻费缴纳审'), '')
