import type { CatalogueRegion } from './catalogue-types.ts';

/** Đắk Lắk (with the former Phú Yên) and Gia Lai (with the former Bình Định). */
export const highlands: CatalogueRegion = {
  demoProducerLines: [
    {
      key: 'ca-phe-buon-ma-thuot',
      lines: [
        {
          vi: 'Cà phê Robusta Buôn Ma Thuột rang xay', en: 'Buon Ma Thuot ground Robusta', cat: 'coffee', stars: 4, hs: '090121', shelf: 365,
          desc: 'Robusta Buôn Ma Thuột hái chín trên 90 %, rang mộc bằng lò củi, không tẩm bơ, không hương liệu. Pha phin cho ly cà phê đậm, đắng sâu, hậu ngọt.',
          descEn: 'Buon Ma Thuot Robusta, over 90 % ripe cherries, wood-roasted with no butter or flavouring: strong and deep for the phin filter.',
          variants: [
            { vi: 'gói 500 g', en: '500 g pack', unit: 'pack', moq: 50, cap: 10000, lead: 5, price: [110000, 140000], pack: 'Túi van một chiều 500 g' },
            { vi: 'túi 1 kg cho quán', en: '1 kg bag for cafés', unit: 'kg', moq: 20, cap: 8000, lead: 5, price: [200000, 260000], pack: 'Túi van một chiều 1 kg' },
          ],
        },
        {
          vi: 'Cà phê nhân Robusta Buôn Ma Thuột', en: 'Buon Ma Thuot green Robusta', cat: 'coffee', stars: 4, hs: '090111', shelf: 540, exportedTo: ['DE', 'JP'],
          desc: 'Nhân xanh Robusta sàng 18, chế biến khô, độ ẩm dưới 12,5 %, tỷ lệ hạt đen vỡ dưới 2 %. Được bảo hộ chỉ dẫn địa lý Cà phê Buôn Ma Thuột và có chứng nhận 4C.',
          variants: [
            { vi: 'sàng 18, bao đay 60 kg', en: 'screen 18, 60 kg jute bag', unit: 'kg', moq: 1200, cap: 200000, lead: 14, price: [110000, 130000], pack: 'Bao đay 60 kg' },
          ],
        },
        {
          vi: 'Cà phê hòa tan 3 trong 1 Buôn Ma Thuột', en: 'Buon Ma Thuot 3-in-1 instant coffee', cat: 'coffee', stars: 3, hs: '210112', shelf: 540, status: 'pending_review',
          desc: 'Cà phê hòa tan từ Robusta Buôn Ma Thuột pha sẵn với đường và bột kem. Mỗi gói 16 g cho một ly.',
          variants: [
            { vi: 'hộp 18 gói', en: 'box of 18 sachets', unit: 'box', moq: 100, cap: 20000, lead: 7, price: [55000, 70000], pack: 'Hộp giấy 18 gói 16 g' },
          ],
        },
      ],
    },
  ],
  producers: [
    {
      key: 'sau-rieng-krong-pac', legalName: 'Hợp tác xã Sầu riêng Krông Pắc', province: 'dak-lak', locality: 'thôn 3, xã Krông Pắc',
      form: 'cooperative', status: 'verified', contact: 'Phan Văn Tiến', readiness: 'export',
      descVi: 'HTX 150 ha sầu riêng Ri6 và Dona có mã số vùng trồng và cơ sở đóng gói xuất khẩu chính ngạch sang Trung Quốc.',
      descEn: '150 ha of Ri6 and Monthong durian with registered growing areas and a packing house licensed for China.',
      lines: [
        {
          vi: 'Sầu riêng Ri6 Krông Pắc', en: 'Krong Pac Ri6 durian', cat: 'fruit', stars: 4, months: [7, 8, 9], hs: '081060', shelf: 7, exportedTo: ['CN'],
          desc: 'Sầu riêng Ri6 cơm vàng, hạt lép, béo ngọt, cắt khi đủ 105–110 ngày sau đậu trái. Đạt VietGAP, có mã vùng trồng và kiểm tra dư lượng trước khi xuất.',
          variants: [
            { vi: 'loại A 2–4 kg/quả, thùng 18 kg', en: 'grade A 2–4 kg fruit, 18 kg carton', unit: 'kg', moq: 1000, cap: 200000, lead: 3, price: [70000, 100000], pack: 'Thùng carton 18 kg' },
            { vi: 'loại B, thùng 18 kg', en: 'grade B, 18 kg carton', unit: 'kg', moq: 1000, cap: 150000, lead: 3, price: [55000, 75000], pack: 'Thùng carton 18 kg' },
          ],
        },
        {
          vi: 'Cơm sầu riêng Ri6 cấp đông', en: 'Frozen Ri6 durian flesh', cat: 'fruit', stars: 3, hs: '081190', shelf: 540, storage: 'frozen',
          desc: 'Múi sầu riêng chín tách vỏ, cấp đông nhanh ở −40 °C và hút chân không. Giữ nguyên vị béo, làm bánh, kem và sinh tố quanh năm.',
          variants: [
            { vi: 'hộp 500 g', en: '500 g box', unit: 'box', moq: 100, cap: 10000, lead: 5, price: [180000, 230000], pack: 'Hộp nhựa hút chân không 500 g' },
          ],
        },
      ],
    },
    {
      key: 'bo-krong-nang', legalName: 'Hợp tác xã Bơ Krông Năng', province: 'dak-lak', locality: 'buôn Tơ Lơ, xã Krông Năng',
      form: 'cooperative', status: 'verified', contact: 'H’Zin Niê', readiness: 'good',
      descVi: 'HTX của 95 hộ Ê Đê trồng bơ booth và bơ sáp 034 xen cà phê.',
      lines: [
        {
          vi: 'Bơ sáp Đắk Lắk', en: 'Dak Lak butter avocados', cat: 'fruit', stars: 3, months: [6, 7, 8, 9, 10], hs: '080440', shelf: 10,
          desc: 'Bơ booth và bơ 034 trồng xen cà phê, quả to, cơm vàng, dẻo và béo. Hái già, giao cứng để chín dần sau ba đến năm ngày.',
          variants: [
            { vi: 'bơ booth, thùng 10 kg', en: 'Booth avocados, 10 kg carton', unit: 'kg', moq: 200, cap: 50000, lead: 2, price: [30000, 45000], pack: 'Thùng carton 10 kg' },
            { vi: 'bơ 034 loại 1, thùng 10 kg', en: '034 grade 1, 10 kg carton', unit: 'kg', moq: 200, cap: 30000, lead: 2, price: [40000, 60000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'ca-ngu-phu-yen', legalName: 'Công ty TNHH Hải sản Đại dương Phú Yên', province: 'dak-lak', locality: 'khu phố 2, phường Tuy Hòa',
      form: 'enterprise', status: 'verified', contact: 'Trần Quốc Bảo', readiness: 'export',
      descVi: 'Thu mua cá ngừ đại dương câu tay của ngư dân Phú Yên cũ, sơ chế và cấp đông siêu lạnh xuất khẩu Nhật Bản, Mỹ.',
      descEn: 'Buys hand-lined yellowfin from former Phu Yen fishermen; ultra-low-temperature freezing for Japan and the US.',
      lines: [
        {
          vi: 'Cá ngừ đại dương Phú Yên', en: 'Phu Yen yellowfin tuna', cat: 'seafood', stars: 4, hs: '030487', legacy: 'Phú Yên', shelf: 540, storage: 'frozen', exportedTo: ['JP', 'US'],
          desc: 'Cá ngừ vây vàng câu tay ở Biển Đông, ướp đá ngay trên tàu, phi lê và cấp đông −60 °C. Thịt đỏ tươi, dùng làm sashimi hoặc áp chảo.',
          variants: [
            { vi: 'thăn cấp đông, thùng 10 kg', en: 'frozen loins, 10 kg carton', unit: 'kg', moq: 200, cap: 20000, lead: 7, price: [220000, 280000], pack: 'Thùng carton 10 kg, túi hút chân không' },
            { vi: 'saku sashimi, gói 500 g', en: 'sashimi saku, 500 g', unit: 'pack', moq: 50, cap: 4000, lead: 5, price: [250000, 320000], pack: 'Túi hút chân không 500 g' },
          ],
        },
      ],
    },
    {
      key: 'ong-mat-ea-kar', legalName: 'Công ty TNHH Ong mật Ea Kar', province: 'dak-lak', locality: 'thôn 10, xã Ea Kar',
      form: 'enterprise', status: 'verified', contact: 'Nguyễn Hữu Phước', readiness: 'export',
      descVi: 'Thu mua và chế biến mật ong hoa cà phê, hoa cao su của 600 hộ nuôi ong Tây Nguyên, xuất khẩu sang Mỹ.',
      lines: [
        {
          vi: 'Mật ong hoa cà phê Đắk Lắk', en: 'Dak Lak coffee-blossom honey', cat: 'honey', stars: 3, hs: '040900', shelf: 730, exportedTo: ['US'],
          desc: 'Mật thu trong mùa hoa cà phê nở trắng đồi tháng Hai, tháng Ba, màu hổ phách sẫm, thơm mùi hoa cà phê. Đã lọc, hạ thủy phần dưới 20 % và kiểm nghiệm dư lượng.',
          variants: [
            { vi: 'thùng phuy 300 kg', en: '300 kg drum', unit: 'kg', moq: 1200, cap: 60000, lead: 14, price: [55000, 70000], pack: 'Thùng phuy thép lót nhựa thực phẩm' },
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 100, cap: 10000, lead: 5, price: [90000, 120000], pack: 'Chai nhựa PET 500 ml' },
          ],
        },
      ],
    },
    {
      key: 'ho-tieu-chu-se', legalName: 'Hợp tác xã Hồ tiêu Chư Sê', province: 'gia-lai', locality: 'làng Ia Blang, xã Chư Sê',
      form: 'cooperative', status: 'verified', contact: 'Rơ Châm Huyên', readiness: 'export',
      descVi: 'HTX hồ tiêu mang chỉ dẫn địa lý Chư Sê, 300 ha chứng nhận Rainforest và hữu cơ, xuất khẩu sang Mỹ, Đức, Hàn Quốc.',
      descEn: 'Chu Se GI pepper cooperative, 300 ha certified Rainforest and organic, exporting to the US, Germany and Korea.',
      lines: [
        {
          vi: 'Hồ tiêu Chư Sê', en: 'Chu Se black pepper', cat: 'seasonings', stars: 4, hs: '090411', shelf: 730, exportedTo: ['US', 'DE', 'KR'],
          desc: 'Tiêu trồng trên đất đỏ bazan Chư Sê, hạt to, chắc, dung trọng 500–570 g/l, cay và thơm. Được bảo hộ chỉ dẫn địa lý, phơi trên sân xi măng sạch hoặc sấy.',
          variants: [
            { vi: 'tiêu đen 500 g/l, bao 50 kg', en: 'black 500 g/l, 50 kg bag', unit: 'kg', moq: 1000, cap: 100000, lead: 10, price: [130000, 160000], pack: 'Bao PP 50 kg lót PE' },
            { vi: 'tiêu đỏ chín cây, hũ 200 g', en: 'vine-ripened red pepper, 200 g jar', unit: 'jar', moq: 100, cap: 5000, lead: 5, price: [90000, 120000], pack: 'Hũ thủy tinh 200 g' },
          ],
        },
      ],
    },
    {
      key: 'ruou-bau-da-cu-lam', legalName: 'Hợp tác xã Rượu Bàu Đá Cù Lâm', province: 'gia-lai', locality: 'thôn Cù Lâm, xã Nhơn Lộc',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Tài', readiness: 'basic',
      descVi: 'Các lò rượu gia đình ở thôn Cù Lâm (tỉnh Bình Định cũ) nấu rượu gạo bằng nước giếng Bàu Đá.',
      lines: [
        {
          vi: 'Rượu Bàu Đá Bình Định', en: 'Binh Dinh Bau Da rice liquor', cat: 'alcoholic-drinks', stars: 4, hs: '220890', legacy: 'Bình Định', shelf: 1825,
          desc: 'Rượu nấu từ gạo lứt và men thuốc bắc, chưng cất hai lần trong nồi đất, dùng nước giếng Bàu Đá. Rượu trong, nồng mà êm, khi rót sủi tăm nhỏ.',
          variants: [
            { vi: 'chai 500 ml 45 độ', en: '500 ml bottle, 45 % ABV', unit: 'bottle', moq: 48, cap: 8000, lead: 5, price: [80000, 110000], pack: 'Chai thủy tinh 500 ml, thùng 12 chai' },
            { vi: 'can 20 lít', en: '20 litre can', unit: 'l', moq: 40, cap: 4000, lead: 7, price: [90000, 120000], pack: 'Can nhựa thực phẩm 20 lít' },
          ],
        },
      ],
    },
    {
      key: 'non-ngua-phu-gia', legalName: 'Hợp tác xã Nón ngựa Phú Gia', province: 'gia-lai', locality: 'thôn Phú Gia, xã Cát Tường',
      form: 'cooperative', status: 'verified', contact: 'Trần Thị Liên', readiness: 'basic',
      descVi: 'HTX giữ nghề nón ngựa Phú Gia (tỉnh Bình Định cũ), loại nón xưa dành cho quan lại cưỡi ngựa.',
      lines: [
        {
          vi: 'Nón ngựa Phú Gia', en: 'Phu Gia horse-riding hat', cat: 'other-crafts', stars: 3, hs: '650400', legacy: 'Bình Định', shelf: null,
          desc: 'Nón làm từ lá kè, mo cau và tre, chóp bọc bạc, vành thêu hoa văn, mỗi chiếc qua hơn chục công đoạn. Dùng làm quà lưu niệm và trang trí.',
          variants: [
            { vi: 'nón thêu hoa', en: 'embroidered hat', unit: 'piece', moq: 5, cap: 300, lead: 15, price: [800000, 1500000], pack: 'Hộp giấy cứng' },
            { vi: 'nón trơn', en: 'plain hat', unit: 'piece', moq: 10, cap: 600, lead: 10, price: [300000, 500000], pack: 'Hộp giấy cứng' },
          ],
        },
      ],
    },
    {
      key: 'banh-trang-tam-quan', legalName: 'Hộ kinh doanh Bánh tráng Tam Quan Huỳnh Thị Sen', province: 'gia-lai', locality: 'khu phố Tam Quan, phường Hoài Nhơn',
      form: 'household', status: 'verified', contact: 'Huỳnh Thị Sen', readiness: 'none',
      descVi: 'Lò bánh tráng nước dừa gia đình ở Tam Quan (tỉnh Bình Định cũ).',
      lines: [
        {
          vi: 'Bánh tráng nước dừa Tam Quan', en: 'Tam Quan coconut rice crackers', cat: 'processed-foods', stars: 3, hs: '190590', legacy: 'Bình Định', shelf: 120,
          desc: 'Bột gạo pha nước cốt dừa, mè đen và hành, tráng mỏng rồi phơi nắng. Nướng than cho phồng giòn, béo thơm mùi dừa.',
          variants: [
            { vi: 'xấp 10 cái', en: 'stack of 10', unit: 'pack', moq: 100, cap: 10000, lead: 3, price: [25000, 35000], pack: 'Túi nilon 10 cái' },
            { vi: 'thùng 100 xấp', en: 'carton of 100 stacks', unit: 'carton', moq: 2, cap: 100, lead: 5, price: [2200000, 2800000], pack: 'Thùng carton 100 xấp' },
          ],
        },
      ],
    },
  ],
};
