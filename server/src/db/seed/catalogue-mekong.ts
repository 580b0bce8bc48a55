import type { CatalogueRegion } from './catalogue-types.ts';

/** Cần Thơ (with the former Sóc Trăng and Hậu Giang) and Vĩnh Long (with the former Bến Tre and Trà Vinh). */
export const mekong: CatalogueRegion = {
  producers: [
    {
      key: 'lua-tom-my-xuyen', legalName: 'Hợp tác xã Lúa tôm Mỹ Xuyên', province: 'can-tho', locality: 'ấp Hòa Lý, xã Mỹ Xuyên',
      form: 'cooperative', status: 'verified', contact: 'Thạch Sô Phal', readiness: 'export',
      descVi: 'HTX 600 ha canh tác luân canh lúa – tôm ở Sóc Trăng cũ, trồng giống ST24, ST25 và xuất khẩu gạo thơm.',
      descEn: '600 ha of rice–shrimp rotation in former Soc Trang, growing ST24 and ST25 and exporting fragrant rice.',
      lines: [
        {
          vi: 'Gạo ST25 Sóc Trăng', en: 'Soc Trang ST25 rice', cat: 'rice-grains', stars: 4, hs: '100630', legacy: 'Sóc Trăng', shelf: 365, exportedTo: ['US', 'AU', 'DE', 'SG'],
          desc: 'Gạo ST25, giống lúa từng đoạt giải gạo ngon nhất thế giới, hạt dài, trắng trong, cơm mềm dẻo và thơm mùi lá dứa. Xay xát và đóng gói theo đơn để giữ độ thơm.',
          descEn: 'ST25, once named the world’s best rice: long, translucent grains, soft and pandan-scented; milled and packed to order.',
          variants: [
            { vi: 'túi 5 kg', en: '5 kg bag', unit: 'bag', moq: 200, cap: 40000, lead: 5, price: [165000, 200000], pack: 'Túi PA hút chân không 5 kg' },
            { vi: 'bao 25 kg', en: '25 kg sack', unit: 'sack', moq: 40, cap: 8000, lead: 5, price: [800000, 950000], pack: 'Bao PP 25 kg lót PE' },
            { vi: 'hàng container, bao 25 kg', en: 'container lots, 25 kg sacks', unit: 'tonne', moq: 20, cap: 500, lead: 21, price: [28000000, 32000000], pack: 'Container 20 feet, 1.000 bao 25 kg', note: 'Giá FOB cảng Cái Cui, Cần Thơ.' },
          ],
        },
        {
          vi: 'Gạo ST25 lúa tôm hữu cơ', en: 'Organic rice-shrimp ST25', cat: 'rice-grains', stars: 5, hs: '100630', legacy: 'Sóc Trăng', shelf: 365, exportedTo: ['DE'],
          desc: 'Lúa trồng một vụ trên ruộng nuôi tôm, không phân bón hóa học, không thuốc bảo vệ thực vật, được chứng nhận hữu cơ châu Âu. Gạo lứt và gạo trắng đều có.',
          variants: [
            { vi: 'túi 2 kg', en: '2 kg bag', unit: 'bag', moq: 200, cap: 10000, lead: 7, price: [110000, 140000], pack: 'Túi giấy kraft 2 kg có van' },
          ],
        },
      ],
    },
    {
      key: 'banh-pia-phu-tam', legalName: 'Công ty TNHH Bánh pía Phú Tâm', province: 'can-tho', locality: 'ấp Phú Hòa A, xã Phú Tâm',
      form: 'enterprise', status: 'verified', contact: 'Lâm Ngọc Huệ', readiness: 'retail',
      descVi: 'Lò bánh pía người Hoa ở Vũng Thơm (tỉnh Sóc Trăng cũ), dây chuyền đạt ISO 22000, xuất khẩu Mỹ và Úc.',
      lines: [
        {
          vi: 'Bánh pía Sóc Trăng', en: 'Soc Trang pia cakes', cat: 'confectionery', stars: 4, hs: '190590', legacy: 'Sóc Trăng', shelf: 90, exportedTo: ['US', 'AU'],
          desc: 'Vỏ bánh nhiều lớp cán từ bột mì và mỡ, nhân đậu xanh, sầu riêng và lòng đỏ trứng muối. Bánh mềm, thơm, ngọt vừa, dùng với trà nóng.',
          variants: [
            { vi: 'sầu riêng trứng muối, hộp 4 cái 500 g', en: 'durian and salted egg, box of 4 (500 g)', unit: 'box', moq: 100, cap: 30000, lead: 5, price: [60000, 80000], pack: 'Hộp giấy 4 bánh' },
            { vi: 'đậu xanh, thùng 20 hộp', en: 'mung bean, carton of 20 boxes', unit: 'carton', moq: 10, cap: 2000, lead: 5, price: [900000, 1200000], pack: 'Thùng carton 20 hộp' },
          ],
        },
      ],
    },
    {
      key: 'hanh-tim-vinh-chau', legalName: 'Hợp tác xã Hành tím Vĩnh Châu', province: 'can-tho', locality: 'khóm Vĩnh Bình, phường Vĩnh Châu',
      form: 'cooperative', status: 'verified', contact: 'Trần Thị Sa Rươne', readiness: 'good',
      descVi: 'HTX của bà con Khmer trồng hành tím trên đất giồng cát ven biển Vĩnh Châu (tỉnh Sóc Trăng cũ).',
      lines: [
        {
          vi: 'Hành tím Vĩnh Châu', en: 'Vinh Chau shallots', cat: 'fresh-produce', stars: 4, months: [1, 2, 3, 4], hs: '070310', legacy: 'Sóc Trăng', shelf: 120, exportedTo: ['SG'],
          desc: 'Hành tím củ chắc, vỏ tím đỏ, thơm nồng, được bảo hộ chỉ dẫn địa lý Hành tím Vĩnh Châu. Thu hoạch đầu năm, hong khô trước khi đóng bao.',
          variants: [
            { vi: 'bao lưới 20 kg', en: '20 kg net sack', unit: 'kg', moq: 500, cap: 200000, lead: 3, price: [25000, 40000], pack: 'Bao lưới 20 kg' },
          ],
        },
        {
          vi: 'Hành phi Vĩnh Châu', en: 'Vinh Chau fried shallots', cat: 'processed-foods', stars: 3, hs: '200590', legacy: 'Sóc Trăng', shelf: 180,
          desc: 'Hành tím Vĩnh Châu thái mỏng, phi vàng giòn bằng dầu mới, không chất tạo màu. Rắc lên cháo, xôi, bún và món xào.',
          variants: [
            { vi: 'hũ 200 g', en: '200 g jar', unit: 'jar', moq: 100, cap: 10000, lead: 5, price: [40000, 55000], pack: 'Hũ nhựa 200 g' },
            { vi: 'túi 1 kg cho bếp ăn', en: '1 kg bag for kitchens', unit: 'kg', moq: 20, cap: 5000, lead: 5, price: [150000, 190000], pack: 'Túi nhôm 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'khom-cau-duc', legalName: 'Hợp tác xã Khóm Cầu Đúc', province: 'can-tho', locality: 'ấp Cầu Đúc, phường Vị Tân',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Út', readiness: 'good',
      descVi: 'HTX trồng khóm trên đất phèn Hậu Giang cũ, có xưởng sấy khóm.',
      lines: [
        {
          vi: 'Khóm Cầu Đúc Hậu Giang', en: 'Cau Duc pineapples', cat: 'fruit', stars: 4, hs: '080430', legacy: 'Hậu Giang', shelf: 10,
          desc: 'Khóm Queen trồng trên đất phèn, trái nhỏ, mắt sâu, thịt vàng giòn và ngọt thanh, được bảo hộ chỉ dẫn địa lý Khóm Cầu Đúc. Thu hoạch quanh năm.',
          variants: [
            { vi: 'thùng 10 kg', en: '10 kg carton', unit: 'kg', moq: 300, cap: 100000, lead: 2, price: [12000, 20000], pack: 'Thùng carton 10 kg' },
          ],
        },
        {
          vi: 'Khóm sấy dẻo Cầu Đúc', en: 'Cau Duc soft-dried pineapple', cat: 'dried-foods', stars: 3, legacy: 'Hậu Giang', shelf: 270,
          desc: 'Khóm chín thái lát dày, sấy lạnh với rất ít đường nên giữ được màu vàng và vị chua ngọt tự nhiên. Ăn vặt hoặc cho vào sữa chua, trà trái cây.',
          variants: [
            { vi: 'túi 250 g', en: '250 g bag', unit: 'pack', moq: 100, cap: 8000, lead: 5, price: [45000, 60000], pack: 'Túi zip 250 g' },
          ],
        },
      ],
    },
    {
      key: 'du-lich-con-son', legalName: 'Hợp tác xã Du lịch Cồn Sơn', province: 'can-tho', locality: 'cồn Sơn, phường Bình Thủy',
      form: 'cooperative', status: 'verified', contact: 'Lê Văn Sơn', readiness: 'none',
      descVi: '20 hộ dân trên cồn Sơn giữa sông Hậu cùng làm du lịch nhà vườn.',
      lines: [
        {
          vi: 'Du lịch cộng đồng Cồn Sơn', en: 'Con Son island community tour', cat: 'community-tourism', stars: 4, shelf: null,
          desc: 'Khách đi xuồng quanh cồn, xem cá lóc bay, làm bánh dân gian và ăn trái cây tại vườn. Bữa trưa có cá lóc nướng trui và lẩu mắm.',
          descEn: 'Row around the island, watch the “flying” snakehead fish, make folk cakes and eat fruit in the orchards, then a riverside lunch.',
          variants: [
            { vi: 'nửa ngày có bữa trưa, mỗi khách', en: 'half day with lunch, per guest', unit: 'piece', moq: 2, cap: 3000, lead: 1, price: [350000, 500000], pack: 'Suất cho 1 khách' },
            { vi: 'kèm chợ nổi Cái Răng lúc bình minh, mỗi khách', en: 'with Cai Rang floating market at dawn, per guest', unit: 'piece', moq: 2, cap: 2000, lead: 1, price: [550000, 750000], pack: 'Suất cho 1 khách' },
          ],
        },
      ],
    },
    {
      key: 'buoi-nam-roi-my-hoa', legalName: 'Hợp tác xã Bưởi Năm Roi Mỹ Hòa', province: 'vinh-long', locality: 'ấp Mỹ Thuận, xã Mỹ Hòa',
      form: 'cooperative', status: 'verified', contact: 'Nguyễn Văn Hiền', readiness: 'export',
      descVi: 'HTX 300 ha bưởi Năm Roi đạt GlobalG.A.P., xuất khẩu sang châu Âu.',
      descEn: '300 ha of GlobalG.A.P. Nam Roi pomelos, exported to Europe.',
      lines: [
        {
          vi: 'Bưởi Năm Roi Vĩnh Long', en: 'Vinh Long Nam Roi pomelos', cat: 'fruit', stars: 4, months: [7, 8, 9, 10, 11, 12], hs: '080540', shelf: 45, exportedTo: ['FR', 'DE'],
          desc: 'Bưởi Năm Roi hình quả lê, vỏ mỏng, múi trắng, ráo nước, ngọt thanh và gần như không hạt. Vườn đạt GlobalG.A.P., quả được sáp bảo quản sinh học trước khi xuất.',
          variants: [
            { vi: 'loại 1, thùng 12 kg', en: 'grade 1, 12 kg carton', unit: 'kg', moq: 300, cap: 150000, lead: 3, price: [25000, 40000], pack: 'Thùng carton 12 kg' },
            { vi: 'hàng xuất khẩu, thùng 15 kg', en: 'export grade, 15 kg carton', unit: 'kg', moq: 1000, cap: 80000, lead: 5, price: [35000, 50000], pack: 'Thùng carton 15 kg, túi lưới từng quả' },
          ],
        },
      ],
    },
    {
      key: 'keo-dua-mo-cay', legalName: 'Công ty TNHH Kẹo dừa Mỏ Cày', province: 'vinh-long', locality: 'ấp Phước Khánh, xã Mỏ Cày',
      form: 'enterprise', status: 'verified', contact: 'Huỳnh Thị Bé', readiness: 'retail',
      descVi: 'Nhà sản xuất kẹo dừa và mật hoa dừa ở xứ dừa Bến Tre cũ, có mặt tại siêu thị toàn quốc, xuất khẩu Mỹ, Úc.',
      descEn: 'Coconut candy and coconut nectar maker in former Ben Tre, in supermarkets nationwide and exporting to the US and Australia.',
      lines: [
        {
          vi: 'Kẹo dừa Bến Tre', en: 'Ben Tre coconut candy', cat: 'confectionery', stars: 4, hs: '170490', legacy: 'Bến Tre', shelf: 270, exportedTo: ['US', 'AU', 'CN'],
          desc: 'Nước cốt dừa tươi nấu với mạch nha và đường trong chảo lớn, cán, cắt và gói giấy gạo bằng tay. Kẹo dẻo, béo, thơm mùi dừa.',
          variants: [
            { vi: 'nguyên chất, hộp 400 g', en: 'original, 400 g box', unit: 'box', moq: 100, cap: 40000, lead: 5, price: [35000, 45000], pack: 'Hộp giấy 400 g' },
            { vi: 'vị lá dứa, thùng 50 hộp', en: 'pandan, carton of 50 boxes', unit: 'carton', moq: 5, cap: 800, lead: 5, price: [1600000, 2000000], pack: 'Thùng carton 50 hộp' },
          ],
        },
        {
          vi: 'Mật hoa dừa Bến Tre', en: 'Ben Tre coconut blossom nectar', cat: 'processed-foods', stars: 4, hs: '170290', legacy: 'Bến Tre', shelf: 540, exportedTo: ['DE', 'AU'],
          desc: 'Nhựa hoa dừa hữu cơ cô đặc ở nhiệt độ thấp, chỉ số đường huyết thấp hơn đường mía. Dùng thay đường trong nước uống và món ăn.',
          variants: [
            { vi: 'chai 250 ml', en: '250 ml bottle', unit: 'bottle', moq: 100, cap: 8000, lead: 5, price: [85000, 110000], pack: 'Chai thủy tinh 250 ml' },
          ],
        },
      ],
    },
    {
      key: 'buoi-da-xanh-cho-lach', legalName: 'Hợp tác xã Bưởi da xanh Chợ Lách', province: 'vinh-long', locality: 'ấp Phú Hiệp, xã Chợ Lách',
      form: 'cooperative', status: 'verified', contact: 'Võ Văn Thắng', readiness: 'good',
      descVi: 'HTX bưởi da xanh và cây giống ở Chợ Lách (tỉnh Bến Tre cũ), vựa cây giống lớn nhất miền Tây.',
      lines: [
        {
          vi: 'Bưởi da xanh Bến Tre', en: 'Ben Tre green-skin pomelos', cat: 'fruit', stars: 4, hs: '080540', legacy: 'Bến Tre', shelf: 30,
          desc: 'Bưởi da xanh vỏ xanh mỏng, múi hồng, ráo, ngọt thanh không the, được bảo hộ chỉ dẫn địa lý. Thu hoạch quanh năm, rộ nhất từ tháng Tám đến Tết.',
          variants: [
            { vi: 'loại 1 (1,2–1,8 kg/quả), thùng 15 kg', en: 'grade 1 (1.2–1.8 kg), 15 kg carton', unit: 'kg', moq: 200, cap: 60000, lead: 3, price: [45000, 65000], pack: 'Thùng carton 15 kg' },
          ],
        },
        {
          vi: 'Cây giống và cây cảnh Chợ Lách', en: 'Cho Lach saplings and ornamentals', cat: 'ornamental-plants', stars: 3, hs: '060220', legacy: 'Bến Tre', shelf: null,
          desc: 'Cây giống ghép từ cây mẹ đầu dòng và mai vàng ghép chậu do nhà vườn Chợ Lách nhân giống. Cây khỏe, đúng giống, có phiếu xuất vườn.',
          variants: [
            { vi: 'cây bưởi da xanh ghép, bầu 30 cm', en: 'grafted pomelo sapling, 30 cm', unit: 'piece', moq: 100, cap: 30000, lead: 3, price: [25000, 40000], pack: 'Bầu nilon, xe tải' },
            { vi: 'mai vàng ghép chậu Tết', en: 'potted yellow apricot for Tet', unit: 'piece', moq: 5, cap: 2000, lead: 5, price: [800000, 2500000], pack: 'Chậu xi măng, bọc lưới' },
          ],
        },
      ],
    },
    {
      key: 'dua-sap-cau-ke', legalName: 'Hợp tác xã Dừa sáp Cầu Kè', province: 'vinh-long', locality: 'ấp Ô Tre Lớn, xã Cầu Kè',
      form: 'cooperative', status: 'verified', contact: 'Kim Sóc Kha', readiness: 'good',
      descVi: 'HTX dừa sáp ở Cầu Kè (tỉnh Trà Vinh cũ), có vườn dừa sáp nuôi cấy phôi cho tỷ lệ trái sáp cao.',
      lines: [
        {
          vi: 'Dừa sáp Cầu Kè Trà Vinh', en: 'Tra Vinh Cau Ke macapuno coconut', cat: 'fruit', stars: 4, hs: '080119', legacy: 'Trà Vinh', shelf: 21,
          desc: 'Dừa sáp cơm dày, dẻo quánh như sáp, nước sệt và béo, được bảo hộ chỉ dẫn địa lý. Mỗi trái được lắc kiểm tra, đảm bảo là dừa sáp.',
          variants: [
            { vi: 'loại 1, mỗi trái', en: 'grade 1, per coconut', unit: 'piece', moq: 10, cap: 5000, lead: 2, price: [120000, 180000], pack: 'Bọc lưới từng trái' },
            { vi: 'thùng 10 trái', en: 'carton of 10', unit: 'carton', moq: 5, cap: 400, lead: 2, price: [1100000, 1600000], pack: 'Thùng carton 10 trái' },
          ],
        },
      ],
    },
    {
      key: 'gom-do-mang-thit', legalName: 'Hợp tác xã Gốm đỏ Mang Thít', province: 'vinh-long', locality: 'ấp Phước Thủy, xã Mang Thít',
      form: 'cooperative', status: 'verified', contact: 'Trần Văn Lợi', readiness: 'export',
      descVi: 'HTX của các lò gạch gốm bên sông Cổ Chiên, làm chậu gốm đỏ xuất khẩu.',
      lines: [
        {
          vi: 'Gốm đỏ Mang Thít', en: 'Mang Thit red terracotta', cat: 'ceramics', stars: 3, hs: '691200', shelf: null, exportedTo: ['FR', 'AU'],
          desc: 'Gốm nung từ đất sét phù sa sông Cổ Chiên trong lò vòm, màu đỏ cam đặc trưng. Chậu thoát nước tốt, bền ngoài trời.',
          variants: [
            { vi: 'chậu trồng cây, bộ 3 cỡ', en: 'planters, set of 3 sizes', unit: 'piece', moq: 30, cap: 5000, lead: 20, price: [250000, 380000], pack: 'Lót rơm, thùng carton' },
          ],
        },
      ],
    },
    {
      key: 'nha-vuon-an-binh', legalName: 'Hộ kinh doanh Nhà vườn Chín Thành', province: 'vinh-long', locality: 'ấp Bình Hòa, xã An Bình',
      form: 'household', status: 'pending', contact: 'Nguyễn Văn Thành', readiness: 'none',
      descVi: 'Nhà vườn chôm chôm, nhãn trên cù lao An Bình, đón khách lưu trú.',
      lines: [
        {
          vi: 'Homestay nhà vườn cù lao An Bình', en: 'An Binh island orchard homestay', cat: 'community-tourism', stars: null, shelf: null,
          desc: 'Nhà cổ ba gian giữa vườn chôm chôm, khách chèo xuồng trong kênh rạch, tát mương bắt cá và học làm bánh xèo. Giá gồm bữa tối và bữa sáng.',
          variants: [
            { vi: 'một đêm, mỗi khách', en: 'one night per guest', unit: 'piece', moq: 1, cap: 600, lead: 1, price: [350000, 500000], pack: 'Suất cho 1 khách' },
          ],
        },
      ],
    },
  ],
};
