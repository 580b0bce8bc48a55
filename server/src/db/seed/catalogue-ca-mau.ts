import type { CatalogueRegion } from './catalogue-types.ts';

/** Cà Mau (with the former Bạc Liêu). */
export const caMau: CatalogueRegion = {
  producers: [
    {
      key: 'tom-kho-rach-goc', legalName: 'Hợp tác xã Tôm khô Rạch Gốc', province: 'ca-mau', locality: 'ấp Rạch Gốc, xã Tân Ân',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Mười', readiness: 'good',
      descVi: 'HTX làm tôm khô và ba khía muối ở vùng rừng đước Ngọc Hiển, tôm nuôi quảng canh sinh thái.',
      descEn: 'Makes dried shrimp and salted crabs in the Ngoc Hien mangroves, from extensive mangrove-shrimp farming.',
      lines: [
        {
          vi: 'Tôm khô Rạch Gốc Cà Mau', en: 'Ca Mau Rach Goc dried shrimp', cat: 'seafood', stars: 4, hs: '030695', shelf: 365, exportedTo: ['US', 'AU'],
          desc: 'Tôm đất và tôm thẻ nuôi dưới tán rừng đước, luộc nước muối, phơi nắng rồi đập bỏ vỏ, không phẩm màu. Tôm đỏ tự nhiên, ngọt đậm, ăn với củ kiệu hoặc nấu canh.',
          descEn: 'Mangrove-raised shrimp boiled in brine, sun-dried and shelled, with no colouring: naturally red and intensely sweet.',
          variants: [
            { vi: 'loại 1, túi 500 g', en: 'grade 1, 500 g', unit: 'pack', moq: 20, cap: 3000, lead: 3, price: [600000, 800000], pack: 'Túi hút chân không 500 g' },
            { vi: 'loại 2, theo kg', en: 'grade 2, per kg', unit: 'kg', moq: 10, cap: 4000, lead: 3, price: [900000, 1200000], pack: 'Túi hút chân không 1 kg' },
          ],
        },
        {
          vi: 'Ba khía muối Rạch Gốc', en: 'Rach Goc salted marsh crabs', cat: 'seafood', stars: 3, hs: '030639', shelf: 90, storage: 'chilled',
          desc: 'Ba khía bắt trong rừng đước lúc nước ròng, muối chín với muối hột trong khạp sành. Trộn tỏi, ớt, chanh, đường ăn với cơm trắng.',
          variants: [
            { vi: 'hũ 500 g', en: '500 g jar', unit: 'jar', moq: 50, cap: 6000, lead: 3, price: [60000, 80000], pack: 'Hũ nhựa 500 g' },
          ],
        },
      ],
    },
    {
      key: 'cua-nam-can', legalName: 'Công ty TNHH Cua Năm Căn', province: 'ca-mau', locality: 'khóm 2, xã Năm Căn',
      form: 'enterprise', status: 'verified', contact: 'Lâm Văn Tài', readiness: 'retail',
      descVi: 'Vựa cua biển thu mua từ vuông tôm – cua rừng ngập mặn, đóng thùng giữ sống giao toàn quốc và xuất khẩu.',
      lines: [
        {
          vi: 'Cua biển Cà Mau', en: 'Ca Mau mud crabs', cat: 'seafood', stars: 4, hs: '030633', shelf: 5, storage: 'chilled', exportedTo: ['CN', 'SG'],
          desc: 'Cua nuôi quảng canh trong vuông rừng ngập mặn, chắc thịt, gạch son, được bảo hộ chỉ dẫn địa lý Cua Cà Mau. Cua được buộc dây, đóng thùng xốp giữ sống đến 72 giờ.',
          variants: [
            { vi: 'cua gạch son loại 1 (3 con/kg)', en: 'roe crabs, grade 1 (3 per kg)', unit: 'kg', moq: 10, cap: 6000, lead: 1, price: [450000, 600000], pack: 'Thùng xốp có mùn cưa ẩm' },
            { vi: 'cua thịt 2–3 con/kg', en: 'meat crabs, 2–3 per kg', unit: 'kg', moq: 10, cap: 8000, lead: 1, price: [350000, 480000], pack: 'Thùng xốp có mùn cưa ẩm' },
          ],
        },
      ],
    },
    {
      key: 'ong-mat-u-minh', legalName: 'Hợp tác xã Ong mật U Minh', province: 'ca-mau', locality: 'ấp 7, xã Khánh An',
      form: 'cooperative', status: 'verified', contact: 'Phạm Văn Gác', readiness: 'basic',
      descVi: 'HTX của các hộ gác kèo ong, cách lấy mật ong rừng truyền thống được công nhận di sản văn hóa phi vật thể.',
      lines: [
        {
          vi: 'Mật ong rừng tràm U Minh', en: 'U Minh melaleuca forest honey', cat: 'honey', stars: 4, hs: '040900', shelf: 730,
          desc: 'Mật của ong khoái làm tổ trên kèo gác trong rừng tràm U Minh Hạ, chỉ cắt phần tổ chứa mật. Mật loãng hơn mật ong nuôi, màu vàng nhạt, thơm hoa tràm.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 24, cap: 2000, lead: 5, price: [200000, 260000], pack: 'Chai thủy tinh 500 ml' },
            { vi: 'chai 1 lít', en: '1 litre bottle', unit: 'bottle', moq: 12, cap: 1000, lead: 5, price: [380000, 480000], pack: 'Chai thủy tinh 1 lít' },
          ],
        },
      ],
    },
    {
      key: 'diem-nghiep-bac-lieu', legalName: 'Hợp tác xã Diêm nghiệp Bạc Liêu', province: 'ca-mau', locality: 'ấp Gò Cát, phường Hiệp Thành',
      form: 'cooperative', status: 'verified', contact: 'Huỳnh Văn Muối', readiness: 'basic',
      descVi: 'HTX làm muối thủ công trên đồng muối ven biển Bạc Liêu cũ.',
      lines: [
        {
          vi: 'Muối Bạc Liêu', en: 'Bac Lieu sea salt', cat: 'seasonings', stars: 3, months: [1, 2, 3, 4, 5], hs: '250100', legacy: 'Bạc Liêu', shelf: null,
          desc: 'Muối phơi cát trên ruộng muối ven biển trong mùa khô, hạt nhỏ, vị mặn dịu và hậu ngọt. Hoa muối được vớt bằng tay từ lớp tinh thể nổi trên mặt ruộng.',
          variants: [
            { vi: 'muối hạt, bao 50 kg', en: 'coarse salt, 50 kg sack', unit: 'kg', moq: 1000, cap: 300000, lead: 5, price: [4000, 7000], pack: 'Bao PP 50 kg' },
            { vi: 'hoa muối, hũ 500 g', en: 'fleur de sel, 500 g jar', unit: 'jar', moq: 50, cap: 5000, lead: 5, price: [25000, 35000], pack: 'Hũ thủy tinh 500 g' },
          ],
        },
      ],
    },
    {
      key: 'kho-ca-keo-bac-lieu', legalName: 'Hộ kinh doanh Khô cá kèo Út Hiền', province: 'ca-mau', locality: 'ấp Cái Dầy, xã Vĩnh Trạch',
      form: 'household', status: 'verified', contact: 'Lê Thị Hiền', readiness: 'none',
      descVi: 'Cơ sở gia đình làm khô cá kèo, khô cá sặc ở Bạc Liêu cũ.',
      lines: [
        {
          vi: 'Khô cá kèo Bạc Liêu', en: 'Bac Lieu dried goby', cat: 'seafood', stars: 3, hs: '030559', legacy: 'Bạc Liêu', shelf: 180,
          desc: 'Cá kèo nuôi trong ao nước lợ, làm sạch, ướp muối nhạt và phơi hai nắng. Nướng than hay chiên giòn, chấm nước mắm me.',
          variants: [
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 20, cap: 2000, lead: 3, price: [150000, 200000], pack: 'Túi hút chân không 500 g' },
            { vi: 'theo kg', en: 'per kg', unit: 'kg', moq: 10, cap: 1500, lead: 3, price: [280000, 350000], pack: 'Túi hút chân không 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'du-lich-dat-mui', legalName: 'Hộ kinh doanh Du lịch sinh thái Đất Mũi Tư Bé', province: 'ca-mau', locality: 'ấp Mũi, xã Đất Mũi',
      form: 'household', status: 'pending', contact: 'Nguyễn Văn Bé', readiness: 'none',
      descVi: 'Nhà vườn trong rừng đước Mũi Cà Mau, đưa khách đi xuồng, câu cá và ăn hải sản.',
      lines: [
        {
          vi: 'Du lịch sinh thái Mũi Cà Mau', en: 'Ca Mau Cape eco-tour', cat: 'eco-tourism', stars: null, shelf: null,
          desc: 'Khách đến cột mốc tọa độ quốc gia GPS 0001, đi xuồng trong rừng đước, giăng lưới bắt cá và ăn ba khía, cua ngay trên vuông. Có chỗ ngủ mùng trong nhà sàn ven rừng.',
          variants: [
            { vi: 'một ngày, mỗi khách', en: 'full day, per guest', unit: 'piece', moq: 2, cap: 800, lead: 2, price: [600000, 850000], pack: 'Suất cho 1 khách' },
            { vi: 'gói 2 ngày 1 đêm, mỗi khách', en: '2 days 1 night, per guest', unit: 'piece', moq: 2, cap: 400, lead: 3, price: [1100000, 1500000], pack: 'Suất cho 1 khách' },
          ],
        },
      ],
    },
  ],
};
