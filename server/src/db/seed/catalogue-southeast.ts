import type { CatalogueRegion } from './catalogue-types.ts';

/** Thành phố Hồ Chí Minh (with the former Bình Dương and Bà Rịa - Vũng Tàu). */
export const southeast: CatalogueRegion = {
  producers: [
    {
      key: 'mang-cut-lai-thieu', legalName: 'Hợp tác xã Măng cụt Lái Thiêu', province: 'ho-chi-minh', locality: 'khu phố Bình Đức, phường Lái Thiêu',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Sáu', readiness: 'basic',
      descVi: 'HTX của các nhà vườn trái cây Lái Thiêu (tỉnh Bình Dương cũ), giữ những vườn măng cụt trên 50 năm tuổi.',
      lines: [
        {
          vi: 'Măng cụt Lái Thiêu', en: 'Lai Thieu mangosteens', cat: 'fruit', stars: 4, months: [5, 6, 7], hs: '080450', legacy: 'Bình Dương', shelf: 14,
          desc: 'Măng cụt từ những vườn cây lâu năm bên sông Sài Gòn, vỏ tím sẫm, múi trắng, ngọt thanh hơi chua. Chỉ có từ tháng Năm đến tháng Bảy.',
          variants: [
            { vi: 'loại 1, thùng 10 kg', en: 'grade 1, 10 kg carton', unit: 'kg', moq: 100, cap: 15000, lead: 2, price: [60000, 85000], pack: 'Thùng carton 10 kg' },
            { vi: 'giỏ quà 3 kg', en: '3 kg gift basket', unit: 'piece', moq: 20, cap: 1000, lead: 2, price: [250000, 320000], pack: 'Giỏ tre đan, bọc giấy kính' },
          ],
        },
      ],
    },
    {
      key: 'son-mai-tuong-binh-hiep', legalName: 'Công ty TNHH Sơn mài Tương Bình Hiệp', province: 'ho-chi-minh', locality: 'khu phố 4, phường Thủ Dầu Một',
      form: 'enterprise', status: 'verified', contact: 'Trần Thanh Tùng', readiness: 'export',
      descVi: 'Xưởng sơn mài ở làng nghề Tương Bình Hiệp (tỉnh Bình Dương cũ), 80 thợ, xuất khẩu sang Mỹ, Đức và Nhật Bản.',
      descEn: 'Lacquerware workshop in Tuong Binh Hiep craft village (former Binh Duong), 80 artisans, exporting to the US, Germany and Japan.',
      lines: [
        {
          vi: 'Bình sơn mài khảm trứng Bình Dương', en: 'Binh Duong eggshell-inlaid lacquer vase', cat: 'other-crafts', stars: 4, hs: '442090', legacy: 'Bình Dương', shelf: null, exportedTo: ['US', 'DE', 'JP'],
          desc: 'Cốt gỗ hoặc cốt tre phủ nhiều lớp sơn ta, khảm vỏ trứng vịt và mài thủ công qua hơn 20 công đoạn. Bề mặt bóng sâu, bền màu theo thời gian.',
          variants: [
            { vi: 'bình cao 40 cm', en: '40 cm vase', unit: 'piece', moq: 10, cap: 800, lead: 30, price: [900000, 1400000], pack: 'Hộp carton lót xốp' },
            { vi: 'bộ hộp trang sức 3 chiếc', en: 'set of 3 jewellery boxes', unit: 'piece', moq: 20, cap: 1500, lead: 25, price: [450000, 650000], pack: 'Hộp giấy cứng' },
          ],
        },
        {
          vi: 'Tranh sơn mài phong cảnh làng quê', en: 'Lacquer painting of the countryside', cat: 'other-crafts', stars: 3, hs: '970191', legacy: 'Bình Dương', shelf: null,
          desc: 'Tranh vẽ trên vóc gỗ bằng sơn ta, vàng bạc quỳ và vỏ trứng, mài nhiều lần cho hiện màu. Đề tài đồng lúa, lũy tre và bến sông.',
          variants: [
            { vi: 'khổ 60 × 90 cm', en: '60 × 90 cm', unit: 'piece', moq: 2, cap: 100, lead: 45, price: [3000000, 5000000], pack: 'Thùng gỗ đóng kiện' },
          ],
        },
      ],
    },
    {
      key: 'hoa-lan-cu-chi', legalName: 'Hợp tác xã Hoa lan Củ Chi', province: 'ho-chi-minh', locality: 'ấp Bàu Tre, xã Củ Chi',
      form: 'cooperative', status: 'verified', contact: 'Phan Thị Kiều', readiness: 'good',
      descVi: 'HTX của 40 nhà vườn trồng lan Mokara và Dendrobium cắt cành cho thị trường TP. Hồ Chí Minh.',
      lines: [
        {
          vi: 'Lan Mokara cắt cành Củ Chi', en: 'Cu Chi Mokara orchid stems', cat: 'flowers', stars: 4, hs: '060313', shelf: 14, storage: 'chilled',
          desc: 'Lan Mokara vàng, cam, đỏ và tím trồng trên giá thể xơ dừa, cành dài, hoa bền hai tuần sau khi cắm. Cắt sáng sớm, cắm ống nước dưỡng từng cành.',
          variants: [
            { vi: 'bó 10 cành', en: 'bunch of 10 stems', unit: 'pack', moq: 50, cap: 20000, lead: 1, price: [70000, 100000], pack: 'Bó giấy, ống dưỡng từng cành' },
            { vi: 'thùng 200 cành', en: 'carton of 200 stems', unit: 'carton', moq: 5, cap: 800, lead: 2, price: [1200000, 1600000], pack: 'Thùng carton lót giấy ẩm' },
          ],
        },
        {
          vi: 'Lan Dendrobium treo chậu', en: 'Hanging Dendrobium orchid', cat: 'ornamental-plants', stars: 3, hs: '060290', shelf: null,
          desc: 'Giò lan Dendrobium đã ra hoa, ghép sẵn trên chậu treo, hợp trang trí quán cà phê và ban công. Kèm hướng dẫn tưới và bón phân.',
          variants: [
            { vi: 'chậu treo 3 giò', en: 'hanging pot of 3 plants', unit: 'piece', moq: 10, cap: 3000, lead: 2, price: [250000, 400000], pack: 'Chậu nhựa treo, thùng carton' },
          ],
        },
      ],
    },
    {
      key: 'du-lich-can-gio', legalName: 'Hợp tác xã Du lịch sinh thái Cần Giờ', province: 'ho-chi-minh', locality: 'ấp Thạnh Bình, xã Thạnh An',
      form: 'cooperative', status: 'verified', contact: 'Lê Văn Tám', readiness: 'none',
      descVi: 'HTX của ngư dân đảo Thạnh An đưa khách đi rừng ngập mặn, câu cá và làm khô cá dứa.',
      lines: [
        {
          vi: 'Tour rừng ngập mặn Cần Giờ', en: 'Can Gio mangrove tour', cat: 'eco-tourism', stars: 4, shelf: null,
          desc: 'Đi ca nô xuyên rừng đước khu dự trữ sinh quyển Cần Giờ, ghé đảo khỉ, chiến khu Rừng Sác và làng chài Thạnh An. Bữa trưa hải sản do bà con trên đảo nấu.',
          descEn: 'Speedboat through the Can Gio mangrove biosphere reserve, the Rung Sac war base and Thanh An fishing village, with a seafood lunch.',
          variants: [
            { vi: 'một ngày, mỗi khách', en: 'full day, per guest', unit: 'piece', moq: 4, cap: 3000, lead: 2, price: [650000, 900000], pack: 'Suất cho 1 khách' },
          ],
        },
        {
          vi: 'Khô cá dứa Cần Giờ', en: 'Can Gio dried catfish', cat: 'seafood', stars: 4, hs: '030559', shelf: 180, storage: 'chilled',
          desc: 'Cá dứa đánh bắt ở cửa sông Soài Rạp, xẻ bướm, ướp nhạt và phơi một nắng. Chiên hoặc nướng, thịt dày, béo và ngọt.',
          variants: [
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 20, cap: 2000, lead: 3, price: [300000, 380000], pack: 'Túi hút chân không 500 g' },
          ],
        },
      ],
    },
    {
      key: 'hai-san-kho-ba-ria', legalName: 'Công ty TNHH Hải sản khô Bà Rịa', province: 'ho-chi-minh', locality: 'số 120 đường Trần Phú, phường Vũng Tàu',
      form: 'enterprise', status: 'verified', contact: 'Đặng Thị Hồng', readiness: 'retail',
      descVi: 'Chế biến mực, cá khô từ tàu cá Vũng Tàu (tỉnh Bà Rịa - Vũng Tàu cũ), xưởng đạt HACCP, xuất khẩu Hàn Quốc.',
      lines: [
        {
          vi: 'Mực khô Vũng Tàu', en: 'Vung Tau dried squid', cat: 'seafood', stars: 4, hs: '030749', legacy: 'Bà Rịa - Vũng Tàu', shelf: 365, exportedTo: ['KR'],
          desc: 'Mực ống câu xa bờ, làm sạch và phơi trên giàn lưới dưới nắng gió biển. Thân mực dày, màu hồng nhạt, nướng lên thơm ngọt.',
          variants: [
            { vi: 'loại 1 (20–25 con/kg), túi 500 g', en: 'grade 1 (20–25 per kg), 500 g', unit: 'pack', moq: 20, cap: 3000, lead: 3, price: [550000, 700000], pack: 'Túi hút chân không 500 g' },
            { vi: 'theo kg', en: 'per kg', unit: 'kg', moq: 10, cap: 3000, lead: 3, price: [1000000, 1300000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
  ],
};
