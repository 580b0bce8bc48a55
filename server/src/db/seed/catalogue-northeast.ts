import type { CatalogueRegion } from './catalogue-types.ts';

/** Tuyên Quang (with the former Hà Giang), Cao Bằng, Lạng Sơn. */
export const northeast: CatalogueRegion = {
  producers: [
    {
      key: 'ong-mat-meo-vac', legalName: 'Hợp tác xã Ong mật Mèo Vạc', province: 'tuyen-quang', locality: 'thôn Tả Lủng A, xã Mèo Vạc',
      form: 'cooperative', status: 'verified', contact: 'Vừ Mí Sính', readiness: 'basic',
      descVi: 'HTX của 80 hộ người Mông nuôi ong nội trên cao nguyên đá Đồng Văn (tỉnh Hà Giang cũ), khai thác mật hoa bạc hà dại.',
      descEn: 'Eighty Hmong households keeping native bees on the Dong Van karst plateau (former Ha Giang), harvesting wild mint honey.',
      lines: [
        {
          vi: 'Mật ong bạc hà Hà Giang', en: 'Ha Giang mint-flower honey', cat: 'honey', stars: 4, hs: '040900', legacy: 'Hà Giang', shelf: 730,
          desc: 'Mật của đàn ong nội hút hoa bạc hà dại nở từ tháng Mười đến tháng Một trên cao nguyên đá Đồng Văn. Mật vàng sáng, ngọt thanh, hậu the nhẹ, để lâu có thể kết tinh tự nhiên.',
          descEn: 'From native bees foraging wild mint flowers that bloom October to January on the Dong Van plateau; light gold, with a faint cool finish.',
          variants: [
            { vi: 'chai 500 ml', en: '500 ml bottle', unit: 'bottle', moq: 24, cap: 2000, lead: 5, price: [230000, 280000], pack: 'Chai thủy tinh 500 ml, tem truy xuất' },
            { vi: 'chai 1 lít', en: '1 litre bottle', unit: 'bottle', moq: 12, cap: 1000, lead: 5, price: [420000, 520000], pack: 'Chai thủy tinh 1 lít' },
            { vi: 'can 5 lít cho nhà phân phối', en: '5 litre can for distributors', unit: 'l', moq: 20, cap: 1500, lead: 7, price: [380000, 450000], pack: 'Can nhựa thực phẩm 5 lít' },
          ],
        },
        {
          vi: 'Phấn hoa bạc hà Đồng Văn', en: 'Dong Van mint bee pollen', cat: 'honey', stars: 3, hs: '041090', legacy: 'Hà Giang', shelf: 365,
          desc: 'Phấn hoa ong nội thu bằng cầu phấn trong mùa hoa bạc hà, sấy lạnh để giữ màu và dưỡng chất. Dùng trộn sữa chua, ngũ cốc hoặc pha với mật ong.',
          variants: [
            { vi: 'hũ 200 g', en: '200 g jar', unit: 'jar', moq: 30, cap: 600, lead: 5, price: [150000, 190000], pack: 'Hũ thủy tinh 200 g' },
          ],
        },
      ],
    },
    {
      key: 'cam-sanh-ham-yen', legalName: 'Hợp tác xã Cam sành Hàm Yên', province: 'tuyen-quang', locality: 'thôn Đồng Chùa, xã Phù Lưu',
      form: 'cooperative', status: 'verified', contact: 'Bàn Văn Hùng', readiness: 'good',
      descVi: 'HTX 150 ha cam sành và bưởi đạt VietGAP, có nhà sơ chế và dây chuyền ép nước cam.',
      lines: [
        {
          vi: 'Cam sành Hàm Yên', en: 'Ham Yen king oranges', cat: 'fruit', stars: 4, months: [11, 12, 1], hs: '080510', shelf: 30,
          desc: 'Cam sành vỏ sần, xanh chuyển vàng khi chín, múi mọng nước, ngọt đậm hơi chua, được bảo hộ chỉ dẫn địa lý Hàm Yên. Vườn đạt VietGAP, quả được tuyển theo cỡ trước khi đóng thùng.',
          descEn: 'Rough-skinned king oranges with a protected geographical indication, juicy and sweet-sour; VietGAP orchards, sized before packing.',
          variants: [
            { vi: 'loại 1 (3–4 quả/kg), sọt 20 kg', en: 'grade 1 (3–4 per kg), 20 kg crate', unit: 'kg', moq: 500, cap: 200000, lead: 3, price: [22000, 30000], pack: 'Sọt nhựa 20 kg' },
            { vi: 'loại 2, bao 30 kg', en: 'grade 2, 30 kg sack', unit: 'kg', moq: 1000, cap: 300000, lead: 3, price: [14000, 20000], pack: 'Bao lưới 30 kg' },
          ],
        },
        {
          vi: 'Nước cam sành Hàm Yên nguyên chất', en: 'Ham Yen orange juice', cat: 'soft-drinks', stars: 3, hs: '200919', shelf: 180,
          desc: 'Nước ép từ cam sành chín cây, thanh trùng nhanh, không đường và không chất bảo quản. Lắc đều trước khi uống, ngon nhất khi ướp lạnh.',
          variants: [
            { vi: 'chai 330 ml', en: '330 ml bottle', unit: 'bottle', moq: 120, cap: 20000, lead: 7, price: [25000, 32000], pack: 'Chai PET 330 ml, thùng 24 chai' },
          ],
        },
        {
          vi: 'Bưởi Soi Hà Tuyên Quang', en: 'Soi Ha pomelos', cat: 'fruit', stars: 3, months: [9, 10, 11], hs: '080540', shelf: 45,
          desc: 'Bưởi quả tròn, vỏ mỏng, múi vàng nhạt, ráo nước, vị ngọt mát không the đắng. Thu hoạch từ tháng Chín, để được lâu nên hợp làm hàng Tết.',
          variants: [
            { vi: 'thùng 15 kg', en: '15 kg carton', unit: 'kg', moq: 300, cap: 50000, lead: 3, price: [25000, 35000], pack: 'Thùng carton 15 kg' },
          ],
        },
      ],
    },
    {
      key: 'che-hoang-su-phi', legalName: 'Hợp tác xã Chè Shan tuyết Hoàng Su Phì', province: 'tuyen-quang', locality: 'thôn Phìn Hồ, xã Thông Nguyên',
      form: 'cooperative', status: 'verified', contact: 'Lý Văn Chiến', readiness: 'export',
      descVi: 'HTX của người Dao chế biến chè shan tuyết hữu cơ từ vùng chè cổ thụ Hoàng Su Phì (tỉnh Hà Giang cũ), xuất khẩu sang châu Âu.',
      descEn: 'Dao cooperative processing organic Shan Tuyet tea from the ancient trees of Hoang Su Phi (former Ha Giang), exporting to Europe.',
      lines: [
        {
          vi: 'Chè shan tuyết Hoàng Su Phì', en: 'Hoang Su Phi Shan Tuyet tea', cat: 'tea', stars: 4, hs: '090220', legacy: 'Hà Giang', shelf: 540, exportedTo: ['DE', 'FR'],
          desc: 'Chè hữu cơ từ những cây shan tuyết cổ thụ mọc tự nhiên ở độ cao 1.000–1.600 m, búp phủ lông tơ trắng như tuyết. Sao sấy thủ công, nước xanh vàng, vị chát dịu, hậu ngọt lâu.',
          descEn: 'Organic tea from wild ancient Shan Tuyet trees at 1,000–1,600 m, buds covered in white down; mild astringency and a long sweet finish.',
          variants: [
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 50, cap: 5000, lead: 5, price: [120000, 150000], pack: 'Hộp giấy 100 g' },
            { vi: 'túi 1 kg', en: '1 kg bag', unit: 'kg', moq: 20, cap: 3000, lead: 10, price: [850000, 1100000], pack: 'Túi nhôm 1 kg, thùng 20 kg' },
          ],
        },
        {
          vi: 'Hồng trà shan tuyết Hà Giang', en: 'Ha Giang Shan Tuyet black tea', cat: 'tea', stars: 3, hs: '090240', legacy: 'Hà Giang', shelf: 720,
          desc: 'Hồng trà lên men hoàn toàn từ búp shan tuyết, nước đỏ hổ phách, hương mật ong và trái cây chín. Hợp pha nóng hoặc làm trà sữa.',
          variants: [
            { vi: 'hộp 100 g', en: '100 g box', unit: 'box', moq: 50, cap: 3000, lead: 5, price: [110000, 140000], pack: 'Hộp giấy 100 g' },
          ],
        },
      ],
    },
    {
      key: 'homestay-lung-cam', legalName: 'Hộ kinh doanh Homestay Vàng Mí Chứ', province: 'tuyen-quang', locality: 'thôn Lũng Cẩm Trên, xã Sủng Là',
      form: 'household', status: 'pending', contact: 'Vàng Mí Chứ', readiness: 'none',
      descVi: 'Nhà trình tường của người Mông trong làng văn hóa Lũng Cẩm, đón khách lưu trú và làm bánh tam giác mạch.',
      lines: [
        {
          vi: 'Homestay làng văn hóa Lũng Cẩm', en: 'Lung Cam cultural village homestay', cat: 'community-tourism', stars: null, legacy: 'Hà Giang', shelf: null,
          desc: 'Nhà trình tường trong thung lũng Lũng Cẩm, giữa mùa hoa tam giác mạch và hoa cải trên cao nguyên đá. Khách ngủ trên gác gỗ, ăn mèn mén, thắng cố và được hướng dẫn dệt lanh.',
          variants: [
            { vi: 'một đêm, mỗi khách, gồm bữa tối và bữa sáng', en: 'one night per guest, dinner and breakfast', unit: 'piece', moq: 1, cap: 300, lead: 2, price: [450000, 600000], pack: 'Suất cho 1 khách' },
          ],
        },
        {
          vi: 'Bánh tam giác mạch Đồng Văn', en: 'Dong Van buckwheat cakes', cat: 'confectionery', stars: null, months: [10, 11, 12], legacy: 'Hà Giang', shelf: 5,
          desc: 'Bánh làm từ bột hạt tam giác mạch xay cối đá, hấp rồi nướng trên than hồng. Vị bùi, hơi ngậy, ăn kèm mật ong bạc hà.',
          variants: [
            { vi: 'túi 10 chiếc', en: 'bag of 10', unit: 'pack', moq: 20, cap: 1000, lead: 2, price: [50000, 70000], pack: 'Túi giấy 10 chiếc' },
          ],
        },
      ],
    },
    {
      key: 'hat-de-trung-khanh', legalName: 'Hợp tác xã Hạt dẻ Trùng Khánh', province: 'cao-bang', locality: 'xóm Bản Khuông, xã Trùng Khánh',
      form: 'cooperative', status: 'verified', contact: 'Nông Văn Thiện', readiness: 'good',
      descVi: 'HTX người Tày thu mua, tuyển chọn và rang hạt dẻ Trùng Khánh, sản phẩm mang chỉ dẫn địa lý.',
      lines: [
        {
          vi: 'Hạt dẻ Trùng Khánh', en: 'Trung Khanh chestnuts', cat: 'fresh-produce', stars: 4, months: [9, 10], hs: '080241', shelf: 60,
          desc: 'Hạt dẻ bản địa quả nhỏ, vỏ nâu bóng, rang hay luộc đều bùi, ngọt và thơm, được bảo hộ chỉ dẫn địa lý Trùng Khánh. Chỉ có một vụ vào tháng Chín và tháng Mười.',
          descEn: 'Small native chestnuts with a protected geographical indication, nutty and sweet when roasted or boiled; one harvest, September–October.',
          variants: [
            { vi: 'túi lưới 5 kg', en: '5 kg net bag', unit: 'kg', moq: 50, cap: 20000, lead: 3, price: [120000, 160000], pack: 'Túi lưới 5 kg' },
            { vi: 'hộp quà 1 kg', en: '1 kg gift box', unit: 'box', moq: 30, cap: 2000, lead: 3, price: [180000, 220000], pack: 'Hộp giấy 1 kg' },
          ],
        },
        {
          vi: 'Hạt dẻ Trùng Khánh rang sẵn', en: 'Roasted Trung Khanh chestnuts', cat: 'dried-foods', stars: 3, shelf: 90,
          desc: 'Hạt dẻ rang cát rồi sấy nhẹ, khía sẵn vỏ nên bóc dễ. Đóng túi zip, ăn ngay hoặc hâm lại bằng lò vi sóng.',
          variants: [
            { vi: 'túi 500 g', en: '500 g bag', unit: 'pack', moq: 50, cap: 3000, lead: 5, price: [110000, 130000], pack: 'Túi zip giấy kraft 500 g' },
          ],
        },
      ],
    },
    {
      key: 'huong-phja-thap', legalName: 'Hợp tác xã Hương Phja Thắp', province: 'cao-bang', locality: 'làng Phja Thắp, xã Quảng Uyên',
      form: 'cooperative', status: 'verified', contact: 'Hoàng Thị Dung', readiness: 'basic',
      descVi: 'Làng hương của người Nùng An, làm hương thảo mộc thủ công qua nhiều thế hệ.',
      lines: [
        {
          vi: 'Hương thảo mộc Phja Thắp', en: 'Phja Thap herbal incense', cat: 'other-crafts', stars: 3, hs: '330741', shelf: null,
          desc: 'Hương làm thủ công từ bột vỏ cây, lá rừng, quế và hồi, không dùng hóa chất tạo mùi, cháy đều và thơm dịu. Chân hương nhuộm đỏ bằng phẩm tự nhiên, phơi trên những giàn tre trước nhà.',
          variants: [
            { vi: 'bó 100 nén 30 cm', en: 'bundle of 100, 30 cm', unit: 'pack', moq: 50, cap: 10000, lead: 5, price: [35000, 50000], pack: 'Bó giấy 100 nén' },
            { vi: 'hộp 500 nén', en: 'box of 500', unit: 'box', moq: 20, cap: 2000, lead: 7, price: [150000, 190000], pack: 'Hộp carton 500 nén' },
          ],
        },
      ],
    },
    {
      key: 'lap-suon-cao-bang', legalName: 'Hộ kinh doanh Lạp sườn Nông Thị Thu', province: 'cao-bang', locality: 'tổ 7, phường Thục Phán',
      form: 'household', status: 'verified', contact: 'Nông Thị Thu', readiness: 'none',
      descVi: 'Cơ sở gia đình làm lạp sườn và thịt lợn hun khói theo cách người Tày Cao Bằng.',
      lines: [
        {
          vi: 'Lạp sườn hun khói Cao Bằng', en: 'Cao Bang smoked sausage', cat: 'meat', stars: 3, hs: '160100', shelf: 60, storage: 'chilled', months: [10, 11, 12, 1, 2],
          desc: 'Thịt lợn đen thái hạt lựu ướp rượu ngô, mắc mật và đường phèn, nhồi ruột non rồi hong gió và hun khói bếp. Chỉ làm trong mùa hanh khô từ tháng Mười đến tháng Hai.',
          variants: [
            { vi: 'túi 500 g', en: '500 g pack', unit: 'pack', moq: 20, cap: 800, lead: 5, price: [150000, 180000], pack: 'Túi hút chân không 500 g' },
            { vi: 'theo kg', en: 'per kg', unit: 'kg', moq: 5, cap: 400, lead: 5, price: [280000, 330000], pack: 'Túi hút chân không 1 kg' },
          ],
        },
      ],
    },
    {
      key: 'na-chi-lang', legalName: 'Hợp tác xã Na Chi Lăng', province: 'lang-son', locality: 'thôn Đồng Bành, xã Chi Lăng',
      form: 'cooperative', status: 'verified', contact: 'Lương Văn Quý', readiness: 'good',
      descVi: 'HTX 60 thành viên trồng na trên núi đá vôi Chi Lăng, có mã số vùng trồng và tem truy xuất từng thùng.',
      lines: [
        {
          vi: 'Na dai Chi Lăng', en: 'Chi Lang custard apples', cat: 'fruit', stars: 4, months: [7, 8, 9], hs: '081090', shelf: 5,
          desc: 'Na trồng trên núi đá vôi, quả to, mắt thưa, thịt dai, ngọt đậm và ít hạt, được bảo hộ chỉ dẫn địa lý Chi Lăng. Hái khi quả vừa mở mắt, đóng thùng lót giấy để chín đều sau hai đến ba ngày.',
          descEn: 'Large, firm-fleshed custard apples from limestone hills, with a protected geographical indication; picked just as the eyes open.',
          variants: [
            { vi: 'loại 1 (3–4 quả/kg), thùng 5 kg', en: 'grade 1 (3–4 per kg), 5 kg carton', unit: 'kg', moq: 100, cap: 30000, lead: 2, price: [70000, 100000], pack: 'Thùng carton 5 kg lót giấy' },
            { vi: 'loại 2, thùng 10 kg', en: 'grade 2, 10 kg carton', unit: 'kg', moq: 200, cap: 50000, lead: 2, price: [40000, 55000], pack: 'Thùng carton 10 kg' },
          ],
        },
      ],
    },
    {
      key: 'hoi-que-xu-lang', legalName: 'Công ty TNHH Hồi quế Xứ Lạng', province: 'lang-son', locality: 'thôn Bản Pè, xã Văn Quan',
      form: 'enterprise', status: 'verified', contact: 'Vi Thị Hằng', readiness: 'export',
      descVi: 'Sơ chế hoa hồi khô và chưng cất tinh dầu hồi từ vùng hồi Văn Quan, Bình Gia, xuất khẩu sang Ấn Độ và châu Âu.',
      descEn: 'Dries star anise and distils anise oil from the Van Quan and Binh Gia growing areas, exporting to India and Europe.',
      lines: [
        {
          vi: 'Hoa hồi Lạng Sơn', en: 'Lang Son star anise', cat: 'seasonings', stars: 4, hs: '090961', shelf: 730, exportedTo: ['DE', 'CN'],
          desc: 'Hoa hồi tám cánh thu hái từ tháng Tám đến tháng Mười, sấy khô giữ màu nâu đỏ và hàm lượng anethol cao. Là nguyên liệu cho ngũ vị hương, nước dùng phở và tinh dầu.',
          variants: [
            { vi: 'loại 1, thùng 20 kg', en: 'grade 1, 20 kg carton', unit: 'kg', moq: 200, cap: 20000, lead: 10, price: [110000, 140000], pack: 'Thùng carton 20 kg lót PE' },
            { vi: 'hũ 50 g', en: '50 g jar', unit: 'jar', moq: 100, cap: 5000, lead: 5, price: [25000, 32000], pack: 'Hũ nhựa PET 50 g' },
          ],
        },
        {
          vi: 'Tinh dầu hồi Lạng Sơn', en: 'Lang Son star anise oil', cat: 'essential-oils', stars: 4, hs: '330129', shelf: 1095, exportedTo: ['FR'],
          desc: 'Tinh dầu chưng cất hơi nước từ quả hồi tươi, trong, hương ngọt ấm đặc trưng. Dùng trong thực phẩm, dầu xoa bóp và xông phòng.',
          variants: [
            { vi: 'chai 10 ml', en: '10 ml bottle', unit: 'bottle', moq: 100, cap: 6000, lead: 5, price: [40000, 55000], pack: 'Chai thủy tinh nâu 10 ml' },
            { vi: 'can 1 lít', en: '1 litre can', unit: 'l', moq: 5, cap: 300, lead: 10, price: [1100000, 1400000], pack: 'Can nhôm 1 lít' },
          ],
        },
      ],
    },
    {
      key: 'thach-den-trang-dinh', legalName: 'Hộ kinh doanh Thạch đen Hoàng Thị Kim', province: 'lang-son', locality: 'thôn Nà Pằn, xã Tràng Định',
      form: 'household', status: 'verified', contact: 'Hoàng Thị Kim', readiness: 'basic',
      descVi: 'Thu mua cây thạch đen của bà con Tràng Định, phơi khô và làm bột thạch đen.',
      lines: [
        {
          vi: 'Cây thạch đen khô Tràng Định', en: 'Trang Dinh dried grass jelly herb', cat: 'dried-foods', stars: 3, months: [7, 8, 9, 10], shelf: 365,
          desc: 'Cây thạch đen (sương sáo) thu hoạch khi ra hoa, phơi nắng và ủ cho thân chuyển đen bóng. Nấu với nước tro và bột năng thành thạch đen giải nhiệt mùa hè.',
          variants: [
            { vi: 'bó 1 kg', en: '1 kg bundle', unit: 'kg', moq: 50, cap: 10000, lead: 3, price: [45000, 60000], pack: 'Bó dây đay 1 kg' },
          ],
        },
        {
          vi: 'Bột thạch đen Tràng Định', en: 'Trang Dinh grass jelly powder', cat: 'processed-foods', stars: 3, shelf: 365,
          desc: 'Bột nấu từ dịch cây thạch đen cô đặc, sấy phun, chỉ cần đun với nước và đường. Mỗi gói 50 g làm được khoảng hai lít thạch.',
          variants: [
            { vi: 'gói 50 g', en: '50 g sachet', unit: 'pack', moq: 200, cap: 20000, lead: 5, price: [15000, 20000], pack: 'Gói giấy nhôm 50 g' },
            { vi: 'túi 1 kg cho quán chè', en: '1 kg bag for dessert shops', unit: 'kg', moq: 10, cap: 1500, lead: 5, price: [180000, 220000], pack: 'Túi nhôm 1 kg' },
          ],
        },
      ],
    },
  ],
};
